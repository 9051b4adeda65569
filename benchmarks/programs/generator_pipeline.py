"""Generator pipelines: chained generator stages and a recursive tree walk with yield from.

In the spirit of pyperformance's generators benchmark: many small resumptions,
``yield from`` delegation, and ``send()`` into a running accumulator.
"""


def source(n):
    for i in range(n):  # noqa: UP028 - one resumption per item is the workload
        yield i


def scale(items, k):
    for x in items:
        yield x * k


def keep_odd(items):
    for x in items:
        if x & 1:
            yield x


def pairwise_sums(items):
    prev = None
    for x in items:
        if prev is not None:
            yield prev + x
        prev = x


class Tree:
    def __init__(self, left, value, right):
        self.left, self.value, self.right = left, value, right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def running_mean():
    total = count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total / count


N = 100000
assert sum(pairwise_sums(keep_odd(scale(source(N), 3)))) == 2 * sum(range(3, 3 * N, 6)) - 3 - (3 * N - 3)
tree = build(0, 16383)
assert sum(tree) == sum(range(16383))
acc = running_mean()
next(acc)
for v in range(30000):
    m = acc.send(v)
assert m == 14999.5
