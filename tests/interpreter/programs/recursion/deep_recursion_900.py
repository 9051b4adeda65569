# Recursion about 900 frames deep: linked lists, mutual recursion, recursive
# descent over nested lists, memoised recursion, and recursion through methods,
# closures and lambdas.
from functools import lru_cache

DEPTH = 900


class Node:
    def __init__(self, value, nxt=None):
        self.value, self.next = value, nxt

    def length(self):
        return 1 + (self.next.length() if self.next else 0)

    def total(self):
        return self.value + (self.next.total() if self.next else 0)


head = None
for i in range(DEPTH):
    head = Node(i, head)
print(head.length(), head.total())


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(DEPTH), is_odd(DEPTH - 1))

nested = []
cur = nested
for i in range(DEPTH - 50):
    nxt = [i]
    cur.append(nxt)
    cur = nxt


def depth(x):
    best = 0
    for y in x:
        if isinstance(y, list):
            best = max(best, depth(y))
    return best + 1


def flatten_sum(x):
    total = 0
    for y in x:
        total += flatten_sum(y) if isinstance(y, list) else y
    return total


print(flatten_sum(nested), depth(nested))


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print(partitions(DEPTH // 2, 3))


def make_counter():
    def down(n):
        return 0 if n == 0 else 1 + down(n - 1)
    return down


print(make_counter()(DEPTH))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(DEPTH))))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 200))


def binary_search(xs, target, lo=0, hi=None):
    hi = len(xs) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    return binary_search(xs, target, mid + 1, hi) if xs[mid] < target else binary_search(xs, target, lo, mid)


print(binary_search(list(range(0, 10000, 3)), 2997))
