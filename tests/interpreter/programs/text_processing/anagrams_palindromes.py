# Anagram classes, palindromes and the longest palindromic substring.
from collections import defaultdict

WORDS = """listen silent enlist google inlets banana stone tones notes onset
    seton rat tar art evil vile live veil level racecar noon kayak refer""".split()

groups = defaultdict(list)
for w in WORDS:
    groups["".join(sorted(w))].append(w)
for key in sorted(groups):
    if len(groups[key]) > 1:
        print(key, sorted(groups[key]))

print([w for w in WORDS if w == w[::-1]])


def is_pal_sentence(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]


for s in ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "Not a palindrome"]:
    print(is_pal_sentence(s), s)


def longest_palindrome(s):
    best = (0, 0)
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        if hi - lo - 1 > best[1] - best[0]:
            best = (lo + 1, hi)
    return s[best[0]:best[1]]


for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]:
    print(s, "->", longest_palindrome(s))
