fs = [lambda: i for i in range(4)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(4)]
print([f() for f in fs])

def make():
    fns = []
    for name in ['a', 'b', 'c']:
        def show():
            return name
        fns.append(show)
    return fns

print([f() for f in make()])

def make_fixed():
    def factory(name):
        def show():
            return name
        return show
    return [factory(n) for n in 'abc']

print([f() for f in make_fixed()])
x = 1
get_x = lambda: x
x = 2
print(get_x())

def rebinding():
    v = 'first'
    f = lambda: v
    v = 'second'
    return f()

print(rebinding())
