def leaky():
    yield 1
    next(iter([]))
    yield 2

try:
    print(list(leaky()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def explicit():
    yield 'x'
    raise StopIteration('explicit')

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

def safe():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return 'done'
        yield v

print(list(safe()))
try:
    for v in (next(iter([])) for _ in range(3)):
        print('never')
except RuntimeError as e:
    print('genexp:', type(e).__name__, e)
