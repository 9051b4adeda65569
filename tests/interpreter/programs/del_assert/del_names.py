x = 10
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c)
try:
    del a
except NameError as e:
    print(type(e).__name__, e)

def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f'{type(e).__name__}: {e}'

print(f())

def g():
    z = 5
    del z
    z = 6
    return z

print(g())
for i in range(3):
    pass
del i
print('i' in dir())
