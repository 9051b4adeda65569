# Word frequencies with collections.Counter: ties broken alphabetically, so the
# output does not depend on insertion or hash order.
import re
from collections import Counter

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
"""

words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(words)
print(len(words), "words,", len(counts), "distinct")
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:>10} {n:3d} {'#' * n}")

bigrams = Counter(zip(words, words[1:]))
top = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for (a, b), n in top:
    print(f"{a} {b}: {n}")

lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
print(counts["was"] - counts["it"], (counts - Counter(it=10)).get("it", 0))
hapax = sorted(w for w, n in counts.items() if n == 1)
print(hapax)
