def point(x, y, z=0):
    return f'({x}, {y}, {z})'

coords = [1, 2]
print(point(*coords))
print(point(*coords, 3))
print(point(**{'x': 5, 'y': 6}))
print(point(*[1], **{'y': 9, 'z': 8}))
rows = [(1, 2, 3), (4, 5, 6)]
print([point(*r) for r in rows])
print(list(map(point, [1, 2], [3, 4])))
print(list(zip(*rows)))
matrix = [[1, 2], [3, 4], [5, 6]]
print([list(col) for col in zip(*matrix)])
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    point(1, **{'x': 2, 'y': 3})
except TypeError as e:
    print(type(e).__name__, e)
print(max(*[3, 9, 2]), min(*'zab'))
print('{}-{}'.format(*'ab'), '{a}/{b}'.format(**{'a': 1, 'b': 2}))
