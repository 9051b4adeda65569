add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=5))
varargs = lambda *a, **k: (a, sorted(k))
print(varargs(1, 2, z=1, y=2))
kwonly = lambda *, k: k * 2
print(kwonly(k=4))
posonly = lambda x, /, y: x - y
print(posonly(10, y=3))
try:
    posonly(x=10, y=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    add()
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
print((lambda: 'no args')())
print(add.__name__, (lambda: 0).__name__)
