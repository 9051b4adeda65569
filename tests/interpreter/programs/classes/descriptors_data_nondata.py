class NonData:
    __get__ = lambda self, obj, objtype=None: 'from non-data descriptor'

class Data:
    def __get__(self, obj, objtype=None):
        return 'from data descriptor'
    def __set__(self, obj, value):
        print('Data.__set__ intercepted', value)

class C:
    nd = NonData()
    d = Data()

c = C()
print(c.nd, c.d)
c.__dict__['nd'] = 'instance dict wins over non-data'
c.__dict__['d'] = 'instance dict loses to data'
print(c.nd, '|', c.d)
c.d = 5
print(C.nd, C.d)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Report:
    @Lazy
    def data(self):
        print('computing data once')
        return [1, 2, 3]

r = Report()
print(r.data, r.data, 'data' in vars(r))
