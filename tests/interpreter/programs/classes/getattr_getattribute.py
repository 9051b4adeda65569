class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(f'get {name}')
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(f'set {name}')
        setattr(self._target, name, value)

class Target:
    def __init__(self):
        self.x = 1
    def hello(self):
        return f'hello x={self.x}'

t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.x = 10
print(t.x, p.log)

class Audited:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith('_'):
            print('access', name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f'default for {name}'

au = Audited()
print(au.a)
print(au.missing)
