import unicodedata

words = ["éclair", "eclair", "Zebra", "zèbre", "apple", "Äpfel", "naïve", "naive"]


def key(w):
    base = unicodedata.normalize("NFKD", w.casefold())
    return "".join(c for c in base if not unicodedata.combining(c)), w


print(sorted(words))
print(sorted(words, key=key))
print([unicodedata.name(c) for c in "ß½"], "ß".upper(), "ﬀ".upper())
print(len("é"), len(unicodedata.normalize("NFD", "é")), "e\u0301" == "é",
      unicodedata.normalize("NFC", "e\u0301") == "é")
counts = {}
for ch in "Hello, Wörld! 123 ✓":
    cat = unicodedata.category(ch)[0]
    counts[cat] = counts.get(cat, 0) + 1
print(sorted(counts.items()))
