def optional_args(fn=None, *, label='default'):
    if fn is None:
        return lambda f: optional_args(f, label=label)
    def wrapper():
        return f'{label}:{fn()}'
    return wrapper

@optional_args
def a():
    return 'A'

@optional_args(label='custom')
def b():
    return 'B'

print(a(), b())

@optional_args(label='kw')
def c():
    return 'C'

print(c(), a.__name__, c.__name__)
