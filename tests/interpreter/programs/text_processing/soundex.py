# American Soundex and a Levenshtein-ranked "did you mean" over a word list.
CODES = {c: str(d) for d, letters in enumerate(["aeiouyhw", "bfpv", "cgjkqsxz", "dt", "l", "mn", "r"])
         for c in letters}


def soundex(word):
    word = word.lower()
    first, digits = word[0].upper(), []
    prev = CODES.get(word[0])
    for ch in word[1:]:
        code = CODES.get(ch)
        if code is None:
            continue
        if code != "0" and code != prev:
            digits.append(code)
        if ch not in "hw":
            prev = code
    return (first + "".join(digits) + "000")[:4]


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


for name in ["Robert", "Rupert", "Rubin", "Ashcraft", "Ashcroft", "Tymczak", "Pfister", "Honeyman", "Lee"]:
    print(f"{name:10} {soundex(name)}")

VOCAB = ["python", "pythonic", "typhoon", "java", "javascript", "kotlin", "scala", "haskell", "pascal"]
for typo in ["pyhton", "jva", "haskel", "scalar", "tython"]:
    ranked = sorted(VOCAB, key=lambda w: (levenshtein(typo, w), w))[:3]
    print(typo, "->", [(w, levenshtein(typo, w)) for w in ranked])
