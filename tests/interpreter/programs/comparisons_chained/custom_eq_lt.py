class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print('eq', self.n, getattr(other, 'n', other))
        return isinstance(other, V) and self.n == other.n
    def __lt__(self, other):
        print('lt', self.n, other.n)
        return self.n < other.n
    __hash__ = None

a, b, c = V(1), V(2), V(3)
print(a < b < c)
print(a < c < b)
print(b > a)
print(a == V(1), a != b)
print(a == 1)
print(sorted([c, a, b], key=lambda v: v.n)[0].n)
print([x.n for x in sorted([c, a, b])])
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a <= b)
except TypeError as e:
    print(type(e).__name__, e)
