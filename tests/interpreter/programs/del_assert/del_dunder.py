class Tracker:
    def __init__(self):
        self.__dict__['store'] = {}
    def __delattr__(self, name):
        print('delattr', name)
        self.store.pop(name, None)
    def __setattr__(self, name, value):
        print('setattr', name, value)
        self.store[name] = value
    def __getattr__(self, name):
        try:
            return self.store[name]
        except KeyError:
            raise AttributeError(f'no attribute {name!r}') from None
    def __delitem__(self, key):
        print('delitem', key)

t = Tracker()
t.a = 1
print(t.a)
del t.a
try:
    t.a
except AttributeError as e:
    print(type(e).__name__, e)
del t[3]
del t[1:2]
del t['x'], t.b
print(t.store)
