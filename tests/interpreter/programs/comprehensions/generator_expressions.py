g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g))
print(list(g))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
print(any(x > 8 for x in range(10)), all(x < 5 for x in range(10)))
print(''.join(c for c in 'hello world' if c != 'o'))
print(sorted((x % 3, x) for x in range(6)))
print(dict((k, v) for k, v in zip('abc', range(3))))
print(tuple(i for i in 'xyz'))
evaluated = []

def src():
    for i in range(3):
        evaluated.append(i)
        yield i

lazy = (v * 10 for v in src())
print(evaluated)
print(next(lazy), evaluated)
print(list(lazy), evaluated)
try:
    (1 / x for x in [1, 0]).__next__()
    gen = (1 / x for x in [1, 0])
    print(list(gen))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
