a = None
print(a is None, a is not None, a == None)
x = [1]
y = x
z = [1]
print(x is y, x is z, x == z, x is not z)
print(type(None).__name__, None.__class__.__name__)
print(True is True, (1 == 1) is True)
print(... is Ellipsis, type(...).__name__)
print(NotImplemented is NotImplemented)

def f():
    pass

print(f() is None, f())
print(repr(None), str(None), bool(None))
print([None] * 3, None in [0, None])
print({None: 'none'}[None])
print(isinstance(None, object), None.__bool__())
class C:
    pass
c = C()
c2 = c
print(c is c2, c is C(), type(c) is C)
print(sorted([3, None, 1], key=lambda v: (v is None, v or 0)))
