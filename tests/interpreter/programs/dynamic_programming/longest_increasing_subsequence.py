# Longest increasing subsequence: O(n^2) DP, O(n log n) patience sorting with
# bisect and reconstruction, and the longest non-decreasing and decreasing variants.
import bisect


def lis_quadratic(seq):
    if not seq:
        return []
    best = [1] * len(seq)
    prev = [-1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i] and best[j] + 1 > best[i]:
                best[i], prev[i] = best[j] + 1, j
    i = max(range(len(seq)), key=lambda k: (best[k], -k))
    out = []
    while i != -1:
        out.append(seq[i])
        i = prev[i]
    return out[::-1]


def lis_patience(seq, strict=True):
    tails, tails_idx, prev = [], [], [-1] * len(seq)
    find = bisect.bisect_left if strict else bisect.bisect_right
    for i, x in enumerate(seq):
        k = find(tails, x)
        if k == len(tails):
            tails.append(x)
            tails_idx.append(i)
        else:
            tails[k] = x
            tails_idx[k] = i
        prev[i] = tails_idx[k - 1] if k else -1
    out, i = [], tails_idx[-1] if tails_idx else -1
    while i != -1:
        out.append(seq[i])
        i = prev[i]
    return out[::-1]


SEQS = [[10, 9, 2, 5, 3, 7, 101, 18], [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15],
        [3, 3, 3], [], [5, 4, 3, 2, 1], [1, 3, 6, 7, 9, 4, 10, 5, 6],
        [(i * 37) % 101 for i in range(60)]]
for s in SEQS:
    a, b = lis_quadratic(s), lis_patience(s)
    assert len(a) == len(b)
    assert all(x < y for x, y in zip(b, b[1:]))
    nd = lis_patience(s, strict=False)
    dec = [-x for x in lis_patience([-x for x in s])]
    print(len(b), b, "non-decreasing", len(nd), "decreasing", dec)
