a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4})
print(*a, *b, sep='-')
d1 = {'x': 1}
d2 = {'y': 2, 'x': 3}
print({**d1, **d2}, {**d2, **d1}, {'z': 0, **d1})
print([*'ab', *range(2), *{'k': 1}])

def f(*args, **kwargs):
    return args, kwargs

print(f(*a, 0, *b, k=1, **d1))
print(f(**{'a': 1}, **{'b': 2}))
try:
    f(**d1, **{'x': 5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
t = *a, 9
print(t)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
