# A key-word-in-context index and a concordance with line numbers, ignoring stop
# words; sorting with locale-free keys keeps the output stable.
import re
from collections import defaultdict

TEXT = """The quick brown fox jumps over the lazy dog.
A lazy afternoon: the dog sleeps, the fox waits.
Foxes are quick; dogs are loyal. The end of the story."""
STOP = {"the", "a", "are", "of", "over"}

lines = TEXT.splitlines()
concordance = defaultdict(list)
for n, line in enumerate(lines, 1):
    for m in re.finditer(r"[A-Za-z]+", line):
        word = m.group().lower()
        if word not in STOP:
            concordance[word].append((n, m.start()))
for word in sorted(concordance):
    refs = concordance[word]
    print(f"{word:10} {len(refs)}  " + ", ".join(f"{n}:{c}" for n, c in refs))

WIDTH = 18
print()
entries = []
for n, line in enumerate(lines, 1):
    words = line.split()
    for i, w in enumerate(words):
        key = re.sub(r"\W", "", w).lower()
        if key and key not in STOP:
            left = " ".join(words[:i])[-WIDTH:]
            right = " ".join(words[i:])[:WIDTH + 10]
            entries.append((key, n, i, left, right))
for key, n, i, left, right in sorted(entries)[:14]:
    print(f"{left:>{WIDTH}} | {right:<{WIDTH + 10}} ({n}.{i})")
stems = defaultdict(set)
for word in concordance:
    stems[re.sub(r"(es|s)$", "", word)].add(word)
print({k: sorted(v) for k, v in sorted(stems.items()) if len(v) > 1})
