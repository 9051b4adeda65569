x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))

def make():
    items = [1, 2, 3]
    g = (i for i in items)
    items.append(4)
    items = ['replaced']
    return list(g)

print(make())
try:
    gen = (1 / d for d in [1, 0, 2])
    print(next(gen))
    print(next(gen))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(gen, 'generator finished after exception'))
try:
    bad = (v for v in 5)
except TypeError as e:
    print('eager first iterable:', type(e).__name__, e)
lazy = (v for v in [1] for w in 5)
try:
    next(lazy)
except TypeError as e:
    print('lazy second iterable:', type(e).__name__, e)
print(sum(x for x in range(5)), sorted((y for y in 'cba')))
print(list((a, b) for a in range(2) for b in 'xy'))
