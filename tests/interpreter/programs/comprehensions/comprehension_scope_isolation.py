x = 'global x'
lst = [x for x in range(3)]
print(x, lst)
i = 'outer i'
d = {i: i for i in 'ab'}
print(i, d)
s = {j for j in range(3)}
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)

def f():
    y = 5
    return [y * k for k in range(3)]

print(f())

def first_iter_eval():
    items = [1, 2, 3]
    gen = (v for v in items)
    items = ['changed']
    return list(gen)

print(first_iter_eval())

def outer_var_late():
    factor = 1
    gen = (v * factor for v in range(3))
    factor = 100
    return list(gen)

print(outer_var_late())
