def worker():
    try:
        while True:
            try:
                item = yield
                print('processing', item)
            except ValueError as e:
                print('recovered from', e)
    except GeneratorExit:
        print('worker closing')
        raise
    finally:
        print('worker finally')

w = worker()
next(w)
w.send(1)
w.throw(ValueError('bad item'))
w.send(2)
w.close()
w.close()
try:
    w.send(3)
except StopIteration:
    print('closed generator raises StopIteration')

def unhandled():
    yield 1
    yield 2

u = unhandled()
next(u)
try:
    u.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(list(u))
