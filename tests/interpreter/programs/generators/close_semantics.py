def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def cleanup():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('cleanup ran')

c = cleanup()
print(next(c))
c.close()
print('after close')
unstarted = cleanup()
unstarted.close()
print('closing unstarted generator runs nothing')

def convert_exit():
    try:
        yield
    except GeneratorExit:
        raise ValueError('converted')

g = convert_exit()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e)
