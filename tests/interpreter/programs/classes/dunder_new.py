class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]

p = Point(3, 4)
print(p, p.x, p.y, len(p), p == (3, 4), isinstance(p, tuple))

class Cached:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            print('reusing', key)
            return cls._cache[key]
        print('creating', key)
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj
    def __init__(self, key):
        print('init', key)
        self.key = key

a = Cached('a')
b = Cached('a')
print(a is b)

class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')

print(NotSelf())
