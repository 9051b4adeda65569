class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print('registered', key)

class Alpha(Plugin):
    pass

class Beta(Plugin, name='b'):
    pass

class Gamma(Beta):
    pass

print(sorted(Plugin.registry), Plugin.registry['b'] is Beta)

class Strict:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if 'run' not in cls.__dict__:
            raise TypeError(f'{cls.__name__} must define run()')

class Good(Strict):
    def run(self):
        return 'running'

print(Good().run())
try:
    class Bad(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Wrong(Alpha, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
