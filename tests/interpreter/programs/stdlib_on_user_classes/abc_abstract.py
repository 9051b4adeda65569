from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @property
    @abstractmethod
    def name(self): ...

    def describe(self):
        return f'{self.name} with area {self.area():.2f}'

class Square(Shape):
    def __init__(self, s):
        self.s = s
    area = lambda self: self.s ** 2
    @property
    def name(self):
        return 'square'

class Half(Shape):
    area = lambda self: 0

print(Square(3).describe())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(Square(1), Shape), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__))

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, '__len__') else NotImplemented

print(isinstance([], Sized), isinstance(5, Sized))
Sized.register(int)
print(isinstance(5, Sized), issubclass(int, Sized))
