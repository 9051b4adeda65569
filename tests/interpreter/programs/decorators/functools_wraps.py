import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper

@logged
def compute(x, y=2):
    """Compute x to the y."""
    return x ** y

print(compute.__name__, compute.__doc__, compute(3))
print(compute.__wrapped__(2, 5))
print(compute.__module__)

def bare(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper

@bare
def other():
    """original doc"""

print(other.__name__, other.__doc__)

def with_attrs(fn):
    @functools.wraps(fn)
    def w():
        return fn()
    return w

def source():
    return 1

source.custom = 'kept'
print(with_attrs(source).custom)
