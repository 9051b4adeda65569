# Longest common subsequence (all of them, deduplicated), shortest common
# supersequence, and longest common substring.
from functools import lru_cache


def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            t[i][j] = t[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(t[i - 1][j], t[i][j - 1])
    return t


def all_lcs(a, b):
    t = lcs_table(a, b)

    @lru_cache(maxsize=None)
    def back(i, j):
        if i == 0 or j == 0:
            return frozenset([""])
        if a[i - 1] == b[j - 1]:
            return frozenset(s + a[i - 1] for s in back(i - 1, j - 1))
        out = set()
        if t[i - 1][j] == t[i][j]:
            out |= back(i - 1, j)
        if t[i][j - 1] == t[i][j]:
            out |= back(i, j - 1)
        return frozenset(out)
    return sorted(back(len(a), len(b)))


def scs(a, b):
    t = lcs_table(a, b)
    i, j, out = len(a), len(b), []
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif t[i - 1][j] >= t[i][j - 1]:
            out.append(a[i - 1]); i -= 1
        else:
            out.append(b[j - 1]); j -= 1
    out.extend(reversed(a[:i]))
    out.extend(reversed(b[:j]))
    return "".join(reversed(out))


def longest_common_substring(a, b):
    best, end = 0, 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best, end = cur[j], i
        prev = cur
    return a[end - best:end]


def is_subseq(s, t):
    it = iter(t)
    return all(c in it for c in s)


for a, b in [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("abc", "def"), ("programming", "gaming")]:
    subs = all_lcs(a, b)
    sup = scs(a, b)
    assert all(is_subseq(s, a) and is_subseq(s, b) for s in subs)
    assert is_subseq(a, sup) and is_subseq(b, sup)
    print(a, b, lcs_table(a, b)[-1][-1], subs, sup, len(sup) == len(a) + len(b) - len(subs[0]),
          repr(longest_common_substring(a, b)))
