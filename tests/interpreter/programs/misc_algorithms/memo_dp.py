from functools import lru_cache

def lcs(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return ''
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x, y = go(i + 1, j), go(i, j + 1)
        return x if len(x) >= len(y) else y
    return go(0, 0)

def knapsack(items, cap):
    dp = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            dp[c] = max(dp[c], dp[c - w] + v)
    return dp[cap]

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [float('inf')] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    for a in range(1, amount + 1):
        fewest[a] = min((fewest[a - c] + 1 for c in coins if c <= a), default=float('inf'))
    return ways[amount], fewest[amount]

print(lcs('AGGTAB', 'GXTXAYB'), lcs('programming', 'gaming'))
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
print(coin_change([1, 2, 5], 11), coin_change([2], 3), coin_change([1, 5, 10, 25], 100))
