s = set(range(10))
s -= {0, 1}
s &= set(range(5, 20))
s |= {100}
s ^= {5, 200}
print(sorted(s))
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes)[:4], len(evens | threes))
t = {1, 2, 3}
t.intersection_update({2, 3, 4})
t.difference_update({3})
t.symmetric_difference_update({2, 9})
print(sorted(t))
u = {1, 2}
c = u.copy()
c.add(3)
print(sorted(u), sorted(c))
u.clear()
print(u, len(u), bool(u))
print(sorted({-1, 5, -3, 0}), sorted({2.5, 1, 3}), max({4, 9, 1}), sum({1, 2, 3}))
print({1, True, 1.0}, {0, False}, len({1, '1'}))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
