class Config:
    debug = False
    level = 1
    def __init__(self):
        self.name = 'cfg'
        self.items = []

c = Config()
print(vars(c), c.__dict__ is vars(c))
c.__dict__['injected'] = True
print(c.injected)
print([k for k in Config.__dict__ if not k.startswith('__')])
print(sorted(k for k in dir(c) if not k.startswith('__')))
print(getattr(c, 'level'), getattr(c, 'nope', 'default'), hasattr(c, 'debug'))
setattr(c, 'level', 5)
print(c.level, Config.level)
delattr(c, 'level')
print(c.level)
print(type(c).__name__, c.__class__.__name__, Config.__name__, Config.__module__)
print(Config.__bases__[0].__name__, object.__bases__)
print(isinstance(Config.__dict__, dict), type(Config.__dict__).__name__)
