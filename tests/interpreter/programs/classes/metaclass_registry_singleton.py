class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value=0):
        print('Config init', value)
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('__prepare__', name)
        return {'_order': []}
    def __new__(mcls, name, bases, ns):
        ns['_fields'] = [k for k in ns if not k.startswith('_')]
        return super().__new__(mcls, name, bases, dict(ns))

class Record(metaclass=Ordered):
    zeta = 1
    alpha = 2
    def mid(self):
        pass

print(Record._fields)
print(type(Config).__name__, type(type).__name__, type(int).__name__)
