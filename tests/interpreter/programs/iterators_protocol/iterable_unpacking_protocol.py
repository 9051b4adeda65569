class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        yield self.a
        yield self.b

x, y = Pair(1, 2)
print(x, y, [*Pair('a', 'b')], list(Pair(3, 4)), dict([Pair('k', 'v')]))
print(max(Pair(5, 9)), sorted(Pair(2, 1)), tuple(Pair(0, 0)))

def f(*args):
    return args

print(f(*Pair(7, 8)), {*Pair(1, 1)}, ''.join(Pair('x', 'y')))
try:
    a, b, c = Pair(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
for p, q in [Pair(1, 2), Pair(3, 4)]:
    print(p + q, end=' ')
print()
print(list(map(sum, [Pair(1, 2), Pair(10, 20)])))
