def is_anagram(a, b):
    norm = lambda s: sorted(s.replace(' ', '').lower())
    return norm(a) == norm(b)

def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)

def compress(s):
    if not s:
        return ''
    out, run, prev = [], 1, s[0]
    for ch in s[1:]:
        if ch == prev:
            run += 1
        else:
            out.append(f'{prev}{run}')
            prev, run = ch, 1
    out.append(f'{prev}{run}')
    return ''.join(out)

print(is_anagram('Dormitory', 'dirty room'), is_anagram('abc', 'abd'))
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3))
print(compress('aaabccddddde'), compress(''), compress('x'))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(max(words, key=len), sorted(set(words), key=lambda w: (-len(w), w))[:3])
print(' '.join(w[::-1] for w in words[:4]), ' '.join(words[:4])[::-1])
