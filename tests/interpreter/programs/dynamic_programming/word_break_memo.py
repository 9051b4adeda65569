# Word break: can a string be segmented (bottom-up), all segmentations (memoised
# top-down with lru_cache), and the segmentation with the fewest words.
from functools import lru_cache

DICT = frozenset("apple pen applepen pine pineapple cats dog sand and cat a an ant ants "
                 "pan pants tan tans".split())


def can_break(s):
    ok = [True] + [False] * len(s)
    for end in range(1, len(s) + 1):
        ok[end] = any(ok[start] and s[start:end] in DICT for start in range(end))
    return ok[-1]


def all_breaks(s):
    @lru_cache(maxsize=None)
    def go(i):
        if i == len(s):
            return [[]]
        out = []
        for j in range(i + 1, len(s) + 1):
            if s[i:j] in DICT:
                out += [[s[i:j]] + rest for rest in go(j)]
        return out
    result = go(0)
    info = go.cache_info()
    return sorted(" ".join(r) for r in result), info.misses


def fewest(s):
    best = [0] + [None] * len(s)
    back = [0] * (len(s) + 1)
    for end in range(1, len(s) + 1):
        for start in range(end):
            if best[start] is not None and s[start:end] in DICT:
                if best[end] is None or best[start] + 1 < best[end]:
                    best[end], back[end] = best[start] + 1, start
    if best[-1] is None:
        return None
    words, end = [], len(s)
    while end:
        words.append(s[back[end]:end])
        end = back[end]
    return words[::-1]


for s in ["pineapplepenapple", "catsanddog", "catsandog", "antsandpants", "aaaa", "tansand"]:
    breaks, misses = all_breaks(s)
    print(s, can_break(s), len(breaks), breaks[:4], fewest(s), misses)
