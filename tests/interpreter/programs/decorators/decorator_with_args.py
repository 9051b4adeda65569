def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def roll(x):
    return x * 2

print(roll(5))

def prefix(tag, *, sep=': '):
    def deco(fn):
        def inner(msg):
            return tag + sep + fn(msg)
        return inner
    return deco

@prefix('INFO')
def info(m):
    return m

@prefix('WARN', sep=' >> ')
def warn(m):
    return m.upper()

print(info('started'), warn('disk low'))
