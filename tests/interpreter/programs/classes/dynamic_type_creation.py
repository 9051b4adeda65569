def init(self, x):
    self.x = x

Point = type('Point', (), {'__init__': init, 'double': lambda self: self.x * 2, 'tag': 'P'})
p = Point(21)
print(type(p).__name__, p.double(), p.tag, Point.__bases__[0].__name__)
Sub = type('Sub', (Point,), {'triple': lambda self: self.x * 3})
s = Sub(5)
print(s.double(), s.triple(), isinstance(s, Point), [c.__name__ for c in Sub.__mro__])
print(type(Sub).__name__, type(5).__name__, type('') is str)
print(Point.__name__, Sub.__qualname__)

class Base:
    pass

Derived = type('Derived', (Base,), {})
print(issubclass(Derived, Base), Derived.__name__)
try:
    type('Bad', ())
except TypeError as e:
    print(type(e).__name__, e)
