t = (3, 1, 4, 1, 5, 9, 2, 6)
print(len(t), t.count(1), t.index(5), min(t), max(t), sum(t))
print(t + (0,), t * 0, (0,) * 3, tuple(sorted(t)))
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(100)
except ValueError as e:
    print(type(e).__name__, e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)))
a = 1,
b = (1)
print(type(a).__name__, type(b).__name__)
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
print((1, 2) + (3,) == (1, 2, 3), (1, 2) < (1, 3))
print(divmod(17, 5), tuple(map(str, (1, 2))))
