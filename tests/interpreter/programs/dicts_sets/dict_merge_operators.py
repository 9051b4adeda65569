a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
c = dict(a)
c |= b
print(c)
c |= [('w', 0)]
print(c)
try:
    a | [('k', 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({**a, **b, 'x': 'override'})
nested = {'cfg': {'a': 1}}
merged = nested | {'cfg': {'b': 2}}
print(merged)

def deep_merge(x, y):
    out = dict(x)
    for k, v in y.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out

print(deep_merge({'a': {'b': 1, 'c': {'d': 2}}, 'e': 3}, {'a': {'c': {'f': 4}}, 'e': 5}))
