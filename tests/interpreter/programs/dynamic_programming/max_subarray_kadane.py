# Kadane's maximum subarray (with indices), the maximum circular subarray, the
# maximum-sum rectangle in a matrix, and the maximum product subarray.
def kadane(xs):
    best, best_range = xs[0], (0, 0)
    cur, start = 0, 0
    for i, x in enumerate(xs):
        if cur <= 0:
            cur, start = x, i
        else:
            cur += x
        if cur > best:
            best, best_range = cur, (start, i)
    return best, best_range


def circular(xs):
    straight = kadane(xs)[0]
    total = sum(xs)
    min_sub = -kadane([-x for x in xs])[0]
    return straight if min_sub == total else max(straight, total - min_sub)


def max_rectangle(m):
    rows, cols = len(m), len(m[0])
    best = (m[0][0], None)
    for top in range(rows):
        acc = [0] * cols
        for bottom in range(top, rows):
            for c in range(cols):
                acc[c] += m[bottom][c]
            s, (l, r) = kadane(acc)
            if s > best[0]:
                best = (s, (top, l, bottom, r))
    return best


def max_product(xs):
    hi = lo = best = xs[0]
    for x in xs[1:]:
        if x < 0:
            hi, lo = lo, hi
        hi, lo = max(x, hi * x), min(x, lo * x)
        best = max(best, hi)
    return best


for xs in ([-2, 1, -3, 4, -1, 2, 1, -5, 4], [1], [-3, -1, -2], [5, -3, 5], [8, -8, 9, -9, 10, -11, 12],
           [2, 3, -2, 4], [-2, 0, -1], [-2, 3, -4]):
    s, (i, j) = kadane(xs)
    print(xs, s, xs[i:j + 1], "circular", circular(xs), "product", max_product(xs))
M = [[1, 2, -1, -4, -20], [-8, -3, 4, 2, 1], [3, 8, 10, 1, 3], [-4, -1, 1, 7, -6]]
print(max_rectangle(M))
