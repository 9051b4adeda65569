# Pattern matching by dynamic programming: '.' and '*' regular expressions and
# '?'/'*' glob wildcards, compared with re.fullmatch and a recursive matcher.
import re
from functools import lru_cache


def regex_dp(s, p):
    m, n = len(s), len(p)
    dp = [[False] * (n + 1) for _ in range(m + 1)]
    dp[m][n] = True
    for i in range(m, -1, -1):
        for j in range(n - 1, -1, -1):
            first = i < m and p[j] in (s[i], ".")
            if j + 1 < n and p[j + 1] == "*":
                dp[i][j] = dp[i][j + 2] or (first and dp[i + 1][j])
            else:
                dp[i][j] = first and dp[i + 1][j + 1]
    return dp[0][0]


def glob_dp(s, p):
    prev = [True] + [False] * len(p)
    for j, c in enumerate(p, 1):
        prev[j] = prev[j - 1] and c == "*"
    for ch in s:
        cur = [False] * (len(p) + 1)
        for j, c in enumerate(p, 1):
            if c == "*":
                cur[j] = cur[j - 1] or prev[j]
            else:
                cur[j] = prev[j - 1] and c in (ch, "?")
        prev = cur
    return prev[-1]


def glob_rec(s, p):
    @lru_cache(maxsize=None)
    def go(i, j):
        if j == len(p):
            return i == len(s)
        if p[j] == "*":
            return go(i, j + 1) or (i < len(s) and go(i + 1, j))
        return i < len(s) and p[j] in (s[i], "?") and go(i + 1, j + 1)
    return go(0, 0)


REGEX = [("aa", "a"), ("aa", "a*"), ("ab", ".*"), ("aab", "c*a*b"), ("mississippi", "mis*is*p*."),
         ("mississippi", "mis*is*ip*."), ("", "a*b*"), ("abcd", "d*"), ("aaa", "a*a"), ("ab", ".*c")]
for s, p in REGEX:
    r = regex_dp(s, p)
    assert r == bool(re.fullmatch(p, s)), (s, p)
    print(f"regex {s!r:14} {p!r:14} {r}")
GLOBS = [("aa", "a"), ("aa", "*"), ("cb", "?a"), ("adceb", "*a*b"), ("acdcb", "a*c?b"),
         ("", "***"), ("report_2024.csv", "report_*.csv"), ("abc", "a?c?")]
for s, p in GLOBS:
    a, b = glob_dp(s, p), glob_rec(s, p)
    assert a == b
    print(f"glob  {s!r:17} {p!r:14} {a}")
