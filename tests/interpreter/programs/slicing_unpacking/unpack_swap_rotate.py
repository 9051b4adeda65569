# Idiomatic unpacking: swaps, rotations, Fibonacci pairs, enumerate/zip/items
# destructuring, divmod results, and unpacking of function returns.
a, b, c = 1, 2, 3
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
x, y = 0, 1
fibs = []
for _ in range(12):
    fibs.append(x)
    x, y = y, x + y
print(fibs)


def gcd(m, n):
    while n:
        m, n = n, m % n
    return m


print(gcd(1071, 462), gcd(17, 5))
q, r = divmod(-17, 5)
print(q, r, divmod(17.5, 4))
for i, (name, score) in enumerate(sorted({"bo": 3, "al": 5, "cy": 4}.items(), key=lambda kv: -kv[1]), 1):
    print(i, name, score)
for (a1, a2), (b1, b2) in zip([(1, 2), (3, 4)], [(5, 6), (7, 8)]):
    print(a1 * b1 + a2 * b2, end=" ")
print()


def stats(values):
    s = sorted(values)
    return s[0], s[-1], sum(s) / len(s)


lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [list(col) for col in zip(*matrix)]
print(transposed)
(w, h), = [(640, 480)]
print(w * h)
head, *tail = "first second third".split()
print(head, tail)
rotated = [*a_list[1:], a_list[0]] if (a_list := [1, 2, 3, 4]) else []
print(rotated)
points = [(1, 5), (3, 2), (2, 8)]
xs, ys = zip(*points)
print(xs, ys, max(points, key=lambda p: p[1]))
n1, n2 = map(int, "12 34".split())
print(n1 + n2)
