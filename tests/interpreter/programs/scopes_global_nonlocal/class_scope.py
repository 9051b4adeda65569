x = 'global'

class C:
    x = 'class body'
    y = x + '!'
    def method(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()

print(C.y, C().method(), C.z, C.w)

def f():
    v = 'function local'
    class D:
        v_copy = v
        def get(self):
            return v
    return D

D = f()
print(D.v_copy, D().get())

def g():
    a = 'enclosing'
    class E:
        a = 'class attr'
        def get(self):
            return a
    return E().get(), E.a

print(g())

class F:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [i * 2 for i in items]

print(F.total, F.doubled)
