t = (1, 2, 3)
single = (1,)
empty = ()
l = [1, [2, 3], (4, 5)]
d = {'a': 1, 'b': [1, 2], 'c': {'x': None}}
s = {3, 1, 2, 3, 1}
print(t, single, empty, l, d)
print(sorted(s), len(s))
print(type(()).__name__, type([]).__name__, type({}).__name__, type(set()).__name__)
print([*t, *l[:1]], (*t, 0), {**d, 'a': 99})
print({*range(3), *[5, 5]} == {0, 1, 2, 5})
print([1, 2,], {1: 2,}, (1, 2,))
nested = [[0] * 3 for _ in range(2)]
nested[0][0] = 1
print(nested)
alias = [[0] * 3] * 2
alias[0][0] = 1
print(alias)
print(repr(None), repr(True), repr(...), repr(Ellipsis))
print(d['c']['x'] is None)
print({1: 'a', True: 'b', 1.0: 'c'})
print({(1, 2): 'tuple key', frozenset([1]): 'fs'}[(1, 2)])
print([] == [], [] is [], () == ())
print(list('abc'), tuple('ab'), dict([('k', 'v')]))
