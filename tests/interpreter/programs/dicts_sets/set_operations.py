a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(range(3))), sorted(a.difference({1})))
print(a <= {1, 2, 3, 4, 5}, a < a, a.issubset(a), {1}.isdisjoint({2}), a.issuperset({1, 2}))
s = set()
s.add(3)
s.add(1)
s.update([2, 2, 5])
s.discard(99)
s.remove(5)
print(sorted(s), len(s), 2 in s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
fs = frozenset([3, 1, 2])
print(sorted(fs), fs | {9} == frozenset({1, 2, 3, 9}), type(fs | {9}).__name__)
try:
    fs.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
print({frozenset({1}): 'hashable'}[frozenset([1])], set() == frozenset(), {1, 2} == {2, 1})
print(sorted({(1, 2), (1, 2), (2, 1)}), sorted(set('aabbc')))
