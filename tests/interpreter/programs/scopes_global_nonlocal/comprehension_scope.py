x = 'outer'
result = [x for x in range(3)]
print(result, x)

def f():
    y = 10
    return [y + i for i in range(3)]

print(f())

class K:
    base = 5
    try:
        vals = [base + i for i in range(2)]
    except NameError as e:
        vals = f'{type(e).__name__}: {e}'
    first = [i for i in range(base)]

print(K.vals, K.first)

def g():
    funcs = [lambda: i for i in range(3)]
    return [fn() for fn in funcs]

print(g())
gen = (n * 2 for n in range(3))
print(list(gen), list(gen))
nested = [[i * j for j in range(i)] for i in range(4)]
print(nested)
