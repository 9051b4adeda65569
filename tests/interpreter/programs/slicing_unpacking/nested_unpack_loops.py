points = [((0, 0), 'origin'), ((1, 2), 'a'), ((3, -1), 'b')]
for (x, y), name in points:
    print(name, x + y)
matrix = [[1, 2, 3], [4, 5, 6]]
for first, *others in matrix:
    print(first, sum(others))
pairs = list(zip('abc', range(3), [True, False, True]))
for letter, (num), flag in pairs:
    print(letter, num, flag)
data = {'alice': (30, ['x', 'y']), 'bob': (25, ['z'])}
for name, (age, [*tags]) in data.items():
    print(name, age, tags)
grid = [(i, j) for i in range(2) for j in range(2)]
print([a * 10 + b for a, b in grid])
(a, b), (c, d) = 'xy', [1, 2]
print(a, b, c, d)
[[e]] = [[5]]
print(e)
items = [1, (2, 3), 4]
s, (t, u), v = items
print(s + t + u + v)
