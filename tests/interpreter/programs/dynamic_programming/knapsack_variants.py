# 0/1 knapsack with item recovery, the unbounded knapsack, a bounded knapsack by
# binary splitting, and a memoised recursion that must agree with the table.
from functools import lru_cache

ITEMS = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30),
         ("tshirt", 24, 15), ("trousers", 48, 10), ("umbrella", 73, 40), ("raincoat", 42, 70),
         ("notecase", 22, 80), ("sunglasses", 7, 20), ("towel", 18, 12), ("socks", 4, 50)]
CAP = 400


def knapsack01(items, cap):
    best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (_, w, v) in enumerate(items, 1):
        row, prev = best[i], best[i - 1]
        for c in range(cap + 1):
            row[c] = prev[c]
            if w <= c and prev[c - w] + v > row[c]:
                row[c] = prev[c - w] + v
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[-1][cap], sorted(chosen)


value, chosen = knapsack01(ITEMS, CAP)
print(value, sum(w for n, w, _ in ITEMS if n in chosen), chosen)


@lru_cache(maxsize=None)
def rec(i, cap):
    if i == len(ITEMS):
        return 0
    _, w, v = ITEMS[i]
    skip = rec(i + 1, cap)
    return max(skip, v + rec(i + 1, cap - w)) if w <= cap else skip


print(rec(0, CAP) == value, rec.cache_info().currsize > 0)


def unbounded(items, cap):
    best = [0] * (cap + 1)
    for c in range(1, cap + 1):
        best[c] = max([best[c - w] + v for _, w, v in items if w <= c], default=0)
    return best[cap]


print(unbounded([("a", 5, 10), ("b", 4, 40), ("c", 6, 30), ("d", 3, 50)], 10))


def bounded(items, cap):
    split = []
    for name, w, v, count in items:
        k = 1
        while count > 0:
            take = min(k, count)
            split.append((f"{name}x{take}", w * take, v * take))
            count -= take
            k *= 2
    return knapsack01(split, cap)


print(bounded([("gold", 4, 30, 3), ("silver", 3, 14, 5), ("gem", 1, 9, 2)], 15))
