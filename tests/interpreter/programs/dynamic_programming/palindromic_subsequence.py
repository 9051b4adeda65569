# Interval DP on strings: longest palindromic subsequence, minimum insertions to
# make a palindrome, palindrome partitioning with the fewest cuts.
def lps(s):
    n = len(s)
    if n == 0:
        return 0, ""
    d = [[0] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        d[i][i] = 1
        for j in range(i + 1, n):
            d[i][j] = d[i + 1][j - 1] + 2 if s[i] == s[j] else max(d[i + 1][j], d[i][j - 1])
    left, right, i, j = [], [], 0, n - 1
    while i <= j:
        if i == j:
            left.append(s[i])
            break
        if s[i] == s[j]:
            left.append(s[i]); right.append(s[j]); i += 1; j -= 1
        elif d[i + 1][j] >= d[i][j - 1]:
            i += 1
        else:
            j -= 1
    return d[0][n - 1], "".join(left) + "".join(reversed(right))


def min_cuts(s):
    n = len(s)
    pal = [[False] * n for _ in range(n)]
    cuts = [0] * n
    prev = [0] * n
    for j in range(n):
        cuts[j] = j
        prev[j] = 0
        for i in range(j + 1):
            if s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1]):
                pal[i][j] = True
                c = 0 if i == 0 else cuts[i - 1] + 1
                if c < cuts[j]:
                    cuts[j], prev[j] = c, i
    parts, j = [], n - 1
    while j >= 0:
        parts.append(s[prev[j]:j + 1])
        j = prev[j] - 1
    return cuts[-1], parts[::-1]


for s in ["bbbab", "cbbd", "character", "agbdba", "racecar", "a", "", "banana", "aab",
          "abacdcabacdeedc"]:
    length, seq = lps(s)
    assert seq == seq[::-1] and len(seq) == length
    print(f"{s!r:18} lps {length} {seq!r:12} insertions {len(s) - length}",
          min_cuts(s) if s else "")
