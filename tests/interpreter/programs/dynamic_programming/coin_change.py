# Coin change: minimum coins with reconstruction, number of ways (order does not
# matter vs. compositions), and the greedy algorithm's failure on odd systems.
from functools import lru_cache


def min_coins(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    last = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a], last[a] = best[a - c] + 1, c
    if best[amount] == INF:
        return None
    used = []
    while amount:
        used.append(last[amount])
        amount -= last[amount]
    return sorted(used, reverse=True)


def ways(coins, amount):
    w = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            w[a] += w[a - c]
    return w[amount]


def compositions(coins, amount):
    w = [1] + [0] * amount
    for a in range(1, amount + 1):
        w[a] = sum(w[a - c] for c in coins if c <= a)
    return w[amount]


def greedy(coins, amount):
    out = []
    for c in sorted(coins, reverse=True):
        k, amount = divmod(amount, c)
        out += [c] * k
    return out if amount == 0 else None


for coins, amount in [((1, 5, 10, 25), 63), ((1, 3, 4), 6), ((2,), 3), ((1, 7, 10), 14),
                      ((9, 6, 5, 1), 11), ((186, 419, 83, 408), 6249)]:
    best = min_coins(coins, amount)
    g = greedy(coins, amount)
    print(coins, amount, "best", None if best is None else (len(best), best[:8]),
          "greedy", None if g is None else len(g), "ways", ways(coins, amount))
print(ways((1, 2, 5), 5), compositions((1, 2, 5), 5), ways((1, 5, 10, 25, 50, 100), 300))


@lru_cache(maxsize=None)
def count(amount, i, coins=(50, 25, 10, 5, 1)):
    if amount == 0:
        return 1
    if amount < 0 or i == len(coins):
        return 0
    return count(amount - coins[i], i, coins) + count(amount, i + 1, coins)


print(count(100, 0), count.cache_info().hits > 0)
