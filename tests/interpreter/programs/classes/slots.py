class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, '__dict__'))

class Point3(Point):
    __slots__ = ('z',)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

q = Point3(1, 2, 3)
print(q.x + q.y + q.z, hasattr(q, '__dict__'))

class Loose(Point):
    pass

l = Loose(0, 0)
l.anything = 'ok'
print(l.anything, hasattr(l, '__dict__'))
p2 = Point(5, 6)
del p2.y
try:
    p2.y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Point.x).__name__)
