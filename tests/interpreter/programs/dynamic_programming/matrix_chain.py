# Matrix-chain multiplication order: the O(n^3) DP, the parenthesisation, and a
# check that the chosen order's cost matches a brute force over all bracketings.
from functools import lru_cache


def chain_order(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = float("inf")
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k
    return cost, split


def parens(split, i, j, names):
    if i == j:
        return names[i]
    k = split[i][j]
    return f"({parens(split, i, k, names)} {parens(split, k + 1, j, names)})"


def brute(dims):
    @lru_cache(maxsize=None)
    def best(i, j):
        if i == j:
            return 0
        return min(best(i, k) + best(k + 1, j) + dims[i] * dims[k + 1] * dims[j + 1] for k in range(i, j))
    return best(0, len(dims) - 2)


def catalan_bracketings(n):
    c = [1] + [0] * n
    for m in range(1, n + 1):
        c[m] = sum(c[k] * c[m - 1 - k] for k in range(m))
    return c[n - 1]


for dims in [[40, 20, 30, 10, 30], [10, 20, 30, 40, 30], [30, 35, 15, 5, 10, 20, 25], [5, 10, 3],
             [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]]:
    cost, split = chain_order(dims)
    n = len(dims) - 1
    names = [chr(ord("A") + i) for i in range(n)]
    naive = sum(dims[0] * dims[k] * dims[k + 1] for k in range(1, n))
    print(cost[0][n - 1], brute(dims) == cost[0][n - 1], "left-to-right", naive,
          "bracketings", catalan_bracketings(n), parens(split, 0, n - 1, names))
