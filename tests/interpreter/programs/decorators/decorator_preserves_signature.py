import functools

def typecheck(*types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError(f'{fn.__name__} arg {i}: expected {t.__name__}, got {type(a).__name__}')
            return fn(*args)
        return wrapper
    return deco

@typecheck(int, str)
def label(n, s):
    return f'{s}#{n}'

print(label(3, 'item'))
for args in [(3, 4), ('3', 'x'), (1.0, 'y')]:
    try:
        label(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(label.__name__, label.__wrapped__(1, 2))
