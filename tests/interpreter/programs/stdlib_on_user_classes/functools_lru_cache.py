from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def square(n):
    print('computing', n)
    return n * n

for n in [1, 2, 1, 3, 2, 1]:
    square(n)
print(square.cache_info())

@cache
def path_count(r, c):
    if r == 0 or c == 0:
        return 1
    return path_count(r - 1, c) + path_count(r, c - 1)

print(path_count(10, 10), path_count.cache_info().currsize)

class Point:
    def __init__(self, x):
        self.x = x
    __hash__ = lambda self: hash(self.x)
    __eq__ = lambda self, o: self.x == o.x

@lru_cache
def norm(p):
    print('norm for', p.x)
    return abs(p.x)

print(norm(Point(-3)), norm(Point(-3)), norm.__name__)
