def outer():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def replace(new):
        nonlocal items
        items = list(new)
    def get():
        return items
    return add, replace, get

add, replace, get = outer()
add(1)
add(2)
old = get()
replace('xyz')
add('!')
print(old, get())

def gen_closures():
    for i in range(3):
        yield lambda: i

print([f() for f in gen_closures()])
print([f() for f in list(gen_closures())])

def shared_loop():
    result = []
    for i in range(3):
        def f():
            return i * 10
        result.append(f)
    i = 99
    return [f() for f in result]

print(shared_loop())
