d = {}
for k in ['zeta', 'alpha', 'mid']:
    d[k] = len(k)
print(list(d))
del d['alpha']
d['alpha'] = 0
print(list(d))
d['zeta'] = 99
print(list(d.items()))
keys = d.keys()
vals = d.values()
items = d.items()
d['new'] = 1
print(list(keys), list(vals), len(items))
print(keys & {'zeta', 'nope'}, sorted(keys | {'extra'}), sorted(keys - {'mid'}))
print(type(keys).__name__, type(vals).__name__, type(items).__name__)
print(list(reversed(d)), list(reversed(d.values())))
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, list({'a': 1, 'b': 2}) == list({'b': 2, 'a': 1}))
try:
    for k in d:
        d[k + '!'] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d.keys() == {'zeta', 'mid', 'alpha', 'new', 'zeta!'})
