d = {'b': 2, 'a': 1}
d['c'] = 3
d['a'] = 10
print(d, len(d), list(d), list(d.values()), list(d.items()))
print(d.get('z'), d.get('z', 0), d.setdefault('a', 99), d.setdefault('e', 5), d)
print(d.pop('b'), d.pop('zz', 'missing'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
print('x' in d, 1 in d, 'x' in d.keys(), 1 in d.values(), ('x', 1) in d.items())
copy = d.copy()
copy['x'] = 'changed'
print(d['x'], copy['x'])
d.clear()
print(d, dict.fromkeys(['p', 'q'], []), dict(zip('ab', [1, 2])))
print(dict([('k', 1)], k2=2), dict({'a': 1}, a=2))
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
