def cached_attr(fn):
    name = '_cache_' + fn.__name__
    def getter(self):
        if not hasattr(self, name):
            print('computing', fn.__name__)
            setattr(self, name, fn(self))
        return getattr(self, name)
    return property(getter)

class Circle:
    def __init__(self, r):
        self.r = r

    @cached_attr
    def area(self):
        return round(3.14159 * self.r ** 2, 3)

    @property
    def diameter(self):
        return self.r * 2

    @diameter.setter
    def diameter(self, d):
        self.r = d / 2

c = Circle(2)
print(c.area, c.area, c.diameter)
c.diameter = 10
print(c.r, c.area)
try:
    c.area = 5
except AttributeError as e:
    print(type(e).__name__, e)
