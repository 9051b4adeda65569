def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('gen caught', e)
        yield 'recovered'
    finally:
        print('gen finally')

g = gen()
print(next(g))
print(g.throw(ValueError('injected')))
try:
    next(g)
except StopIteration:
    print('exhausted')

def bad_gen():
    yield 1
    raise StopIteration('manual')

try:
    list(bad_gen())
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', repr(e.__cause__))
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print('StopIteration args', e.args, e.value)
print(next(it, 'default'))
