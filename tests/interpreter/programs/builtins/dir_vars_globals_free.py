class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
public = [n for n in dir(p) if not n.startswith('_')]
print(public)
print(vars(p), p.norm())
print([n for n in dir(Point) if not n.startswith('_')])
print('__init__' in dir(Point), '__dict__' in dir(p))
print(sorted(k for k in vars(Point) if not k.startswith('__')), '__module__' in vars(Point))
m = {'ann': 3, 'bob': 1}
print(sorted(m, key=m.get), min(m, key=m.get))
print(list(map(Point.norm, [Point(1, 0), Point(0, 2)])))
print(callable(Point), callable(p), callable(p.norm))
