d = {}
d[1] = 'int one'
d[1.0] = 'float one overwrites'
d[True] = 'bool True overwrites'
print(d, list(d.keys()), type(list(d)[0]).__name__)
d[(1, 2)] = 'tuple'
d[frozenset({1})] = 'frozenset'
d[None] = 'none'
d['1'] = 'string one'
print(len(d), d[1], d[(1, 2)], d[None], d['1'])
try:
    d[[1, 2]] = 'list'
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{1: 2}] = 'dict'
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d[(1, [2])])
except TypeError as e:
    print(type(e).__name__, e)
nan = float('nan')
nd = {nan: 1}
print(nd.get(nan), nd.get(float('nan')), len({float('nan'): 1, float('nan'): 2}))
print({0: 'a', -0.0: 'b'}, {2 ** 64: 'big'}[2 ** 64])
