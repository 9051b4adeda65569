class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)
    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.required)

class Quacker(metaclass=DuckMeta):
    required = ('quack',)

class Duck:
    def quack(self):
        return 'quack'

class Robot:
    def quack(self):
        return 'beep quack'

class Cat:
    pass

for obj in [Duck(), Robot(), Cat(), 'str']:
    print(type(obj).__name__, isinstance(obj, Quacker))
print(issubclass(Duck, Quacker), issubclass(Cat, Quacker))
print(isinstance(3, (str, int)), isinstance(3, (str, (float, int))))
try:
    isinstance(3, 'int')
except TypeError as e:
    print(type(e).__name__, e)
