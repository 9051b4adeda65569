def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([[ackermann(m, n) for n in range(4)] for m in range(3)])

def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)

print([binom(6, k) for k in range(7)])

def partitions(n, max_part=None):
    max_part = n if max_part is None else max_part
    if n == 0:
        return [[]]
    out = []
    for p in range(min(n, max_part), 0, -1):
        out += [[p] + rest for rest in partitions(n - p, p)]
    return out

print(len(partitions(10)), partitions(5))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
