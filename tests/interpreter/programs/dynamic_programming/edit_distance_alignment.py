# Levenshtein distance with a full table and the alignment recovered from it,
# plus Damerau (transpositions) and a two-row space-saving version.
def table(a, b):
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    return d


def align(a, b):
    d = table(a, b)
    i, j, top, mid, bot = len(a), len(b), [], [], []
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            top.append(a[i - 1]); bot.append(b[j - 1]); mid.append("|" if a[i - 1] == b[j - 1] else "*")
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            top.append(a[i - 1]); bot.append("-"); mid.append(" ")
            i -= 1
        else:
            top.append("-"); bot.append(b[j - 1]); mid.append(" ")
            j -= 1
    return d[-1][-1], "".join(reversed(top)), "".join(reversed(mid)), "".join(reversed(bot))


def two_rows(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def damerau(a, b):
    d = table(a, b)
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            best = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, d[i - 2][j - 2] + 1)
            d[i][j] = best
    return d[-1][-1]


for a, b in [("kitten", "sitting"), ("intention", "execution"), ("", "abc"), ("flaw", "lawn"),
             ("ca", "ac"), ("abcdef", "abcdef"), ("sunday", "saturday")]:
    dist, top, mid, bot = align(a, b)
    assert dist == two_rows(a, b)
    print(f"{a!r} -> {b!r}: {dist} (damerau {damerau(a, b)})")
    print("   " + top + "\n   " + mid + "\n   " + bot)
