# Classical ciphers: Caesar, Vigenere and a brute-force Caesar break by letter
# frequency.
import string

LOWER, UPPER = string.ascii_lowercase, string.ascii_uppercase


def shift_char(ch, k):
    for alphabet in (LOWER, UPPER):
        if ch in alphabet:
            return alphabet[(alphabet.index(ch) + k) % 26]
    return ch


def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)


def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for c in text:
        if c.isalpha():
            k = LOWER.index(key[i % len(key)].lower())
            out.append(shift_char(c, -k if decrypt else k))
            i += 1
        else:
            out.append(c)
    return "".join(out)


ENGLISH = "etaoinshrdlcumwfgypbvkjxqz"


def score(text):
    letters = [c for c in text.lower() if c.isalpha()]
    return sum(26 - ENGLISH.index(c) for c in letters) / max(1, len(letters))


plain = "Attack at dawn! The quick brown fox jumps over the lazy dog."
for k in (1, 3, 13, 25):
    enc = caesar(plain, k)
    assert caesar(enc, -k) == plain
    print(k, enc)
secret = caesar(plain, 11)
best = max(range(26), key=lambda k: score(caesar(secret, -k)))
print("broken key:", best, caesar(secret, -best)[:20])
v = vigenere(plain, "Lemon")
print(v)
print(vigenere(v, "Lemon", decrypt=True) == plain)
table = str.maketrans(LOWER + UPPER, LOWER[13:] + LOWER[:13] + UPPER[13:] + UPPER[:13])
print(plain.translate(table) == caesar(plain, 13))
