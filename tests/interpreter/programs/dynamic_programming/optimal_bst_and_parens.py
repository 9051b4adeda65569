# Interval DP: the optimal binary search tree for given key frequencies (with
# the tree printed), and counting ways to parenthesise a boolean expression to
# make it true.
from functools import lru_cache

KEYS = ["and", "def", "for", "if", "in", "not", "or", "return", "while"]
FREQ = [8, 3, 6, 12, 9, 4, 7, 10, 2]


def optimal_bst(freq):
    n = len(freq)
    prefix = [0]
    for f in freq:
        prefix.append(prefix[-1] + f)
    cost = [[0] * (n + 1) for _ in range(n + 1)]
    root = [[0] * (n + 1) for _ in range(n + 1)]
    for length in range(1, n + 1):
        for i in range(n - length + 1):
            j = i + length
            weight = prefix[j] - prefix[i]
            best = None
            for r in range(i, j):
                c = cost[i][r] + cost[r + 1][j] + weight
                if best is None or c < best:
                    best, root[i][j] = c, r
            cost[i][j] = best
    return cost[0][n], root


def shape(root, i, j, depth=0, out=None):
    out = [] if out is None else out
    if i < j:
        r = root[i][j]
        shape(root, r + 1, j, depth + 1, out)
        out.append("    " * depth + KEYS[r])
        shape(root, i, r, depth + 1, out)
    return out


total, root = optimal_bst(FREQ)
print("expected cost", total, "per search", round(total / sum(FREQ), 4))
print("\n".join(shape(root, 0, len(KEYS))))


def count_true(expr):
    symbols, ops = expr[::2], expr[1::2]

    @lru_cache(maxsize=None)
    def ways(i, j):
        if i == j:
            return (1, 0) if symbols[i] == "T" else (0, 1)
        t = f = 0
        for k in range(i, j):
            lt, lf = ways(i, k)
            rt, rf = ways(k + 1, j)
            total = (lt + lf) * (rt + rf)
            op = ops[k]
            if op == "&":
                tt = lt * rt
            elif op == "|":
                tt = total - lf * rf
            else:
                tt = lt * rf + lf * rt
            t += tt
            f += total - tt
        return t, f
    return ways(0, len(symbols) - 1)


for e in ["T|F&T^F", "T&F", "T^T^F", "F|T&F^T|F&T", "T"]:
    print(e, count_true(e))
