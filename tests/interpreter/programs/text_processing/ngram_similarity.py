# Character n-grams: Jaccard and cosine similarity between strings, a tiny
# language guesser from trigram profiles, and shingles for near-duplicates.
import math
from collections import Counter


def ngrams(s, n=3):
    s = f"  {s.lower()}  "
    return Counter(s[i:i + n] for i in range(len(s) - n + 1))


def jaccard(a, b, n=3):
    x, y = set(ngrams(a, n)), set(ngrams(b, n))
    return len(x & y) / len(x | y)


def cosine(a, b, n=3):
    x, y = ngrams(a, n), ngrams(b, n)
    dot = sum(x[k] * y[k] for k in x)
    return dot / (math.sqrt(sum(v * v for v in x.values())) * math.sqrt(sum(v * v for v in y.values())))


pairs = [("night", "nacht"), ("context", "contact"), ("sandbox", "sandbox"), ("python", "jython"),
         ("interpreter", "interpretation")]
for a, b in pairs:
    print(f"{a:12} {b:15} jaccard {jaccard(a, b):.3f} cosine {cosine(a, b):.3f}")

SAMPLES = {
    "en": "the quick brown fox jumps over the lazy dog and the cat sat on the mat with the hat",
    "de": "der schnelle braune fuchs springt ueber den faulen hund und die katze sitzt auf der matte",
    "fr": "le renard brun rapide saute par dessus le chien paresseux et le chat est sur le tapis",
}
profiles = {lang: ngrams(text) for lang, text in SAMPLES.items()}


def guess(text):
    p = ngrams(text)
    scores = {lang: sum(min(p[k], prof[k]) for k in p) for lang, prof in profiles.items()}
    return max(sorted(scores), key=scores.get), scores


for t in ["the dog and the hat", "der hund und die katze", "le chat et le chien", "xyz"]:
    lang, scores = guess(t)
    print(t, "->", lang, dict(sorted(scores.items())))


def shingles(text, k=4):
    words = text.split()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


doc1 = "a sandbox that holds against a determined attacker is the goal of this project"
doc2 = "a sandbox that holds against a determined attacker is the main goal of the project"
s1, s2 = shingles(doc1), shingles(doc2)
print(len(s1), len(s2), round(len(s1 & s2) / len(s1 | s2), 4), sorted(s1 & s2)[:2])
