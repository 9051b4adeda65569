# Chained comparisons: each middle operand is evaluated once, evaluation stops at
# the first false link, results are the last compared value's truth (not bool
# for custom objects), and mixed operators (in, is, not in, ==) chain too.
calls = []


def v(x):
    calls.append(x)
    return x


print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(0) < v(3), calls)
calls.clear()
print(v(5) > v(3) >= v(3) == v(3) != v(4), calls)
calls.clear()
print(v(1) in v([1, 2]) not in v([[1, 2]]), calls)
x = None
print(x is None is not False, 1 < 2 > 0 < 5 > 4, 0 <= 5 < 10 <= 10)


class Loud:
    def __init__(self, name, n):
        self.name, self.n = name, n

    def __lt__(self, other):
        calls.append(f"{self.name}<{other.name}")
        return "yes" if self.n < other.n else ""

    def __repr__(self):
        return self.name


calls.clear()
a, b, c = Loud("a", 1), Loud("b", 2), Loud("c", 3)
print(repr(a < b < c), calls)
calls.clear()
print(repr(a < c < b), calls)
calls.clear()
print(repr(c < a < b), calls)
print([n for n in range(-3, 12) if 0 <= n < 10 and not 3 < n <= 6])
grid = [[0] * 4 for _ in range(3)]
r, c = 2, 3
print(0 <= r < len(grid) and 0 <= c < len(grid[0]))
print(1 == 1.0 == True, "a" < "b" < "c" < "ca", (1, 2) < (1, 3) < (2,))
try:
    print(1 < "2" < 3)
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2, 3])
print(next(it) < next(it) < next(it), list(it))
