class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print('suppressed', et.__name__, ev)
            return True
        return None

with Suppress(ZeroDivisionError):
    print(1 / 0)
    print('not reached')
print('continues')
with Suppress(KeyError, IndexError):
    [][1]
try:
    with Suppress(KeyError):
        int('x')
except ValueError as e:
    print('propagated', type(e).__name__, e)

def f():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError(i)
            print('iteration', i)
    return 'done'

print(f())

class TruthyExit(Suppress):
    def __exit__(self, *a):
        return 'non-empty string is truthy'

with TruthyExit():
    raise TypeError('hidden')
print('TruthyExit suppressed it')
