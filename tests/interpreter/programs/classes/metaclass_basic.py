class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')))
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by_meta = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f'class {cls.__name__} with meta {type(cls).__name__}'

class Model(metaclass=Meta):
    field = 1
    def __init__(self, v):
        self.v = v

class User(Model, flag=True):
    def method(self):
        pass

u = User(5)
print(u.v, User.created_by_meta, User.describe(), type(User).__name__)
print(isinstance(User, Meta), isinstance(u, Model), hasattr(u, 'describe'))
