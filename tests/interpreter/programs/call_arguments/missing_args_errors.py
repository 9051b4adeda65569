def f(a, b, c):
    return a + b + c

def attempt(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except TypeError as e:
        return f'{type(e).__name__}: {e}'

print(attempt(f, 1, 2, 3))
print(attempt(f, 1, 2))
print(attempt(f, 1))
print(attempt(f))
print(attempt(f, 1, 2, 3, 4))
print(attempt(f, 1, 2, c=3, d=4))
print(attempt(f, 1, 2, 3, a=1))
print(attempt(f, b=2))

def g(a, b=1):
    return a, b

print(attempt(g))
print(attempt(g, 1, 2, 3))
print(attempt(g, 1, 2, 3, 4))

def h():
    return 'h'

print(attempt(h, 1))
print(attempt(h, x=1))
