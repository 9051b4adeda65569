import difflib

a = "the quick brown fox jumps over the lazy dog"
b = "the quick red fox jumped over the lazy cat"
s = difflib.SequenceMatcher(None, a, b)
print(round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(f"{tag:8} a[{i1}:{i2}] {a[i1:i2]!r:12} b[{j1}:{j2}] {b[j1:j2]!r}")
print(s.find_longest_match(0, len(a), 0, len(b)))
print(s.get_matching_blocks()[:4])
s2 = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;",
                             "private volatile Thread currentThread;")
print(round(s2.ratio(), 4))
for group in difflib.SequenceMatcher(None, list(range(20)), list(range(3, 25))).get_grouped_opcodes(2):
    print(group)
words = ["apple", "apply", "ape", "maple", "peach", "apricot", "happy"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("apple", words, n=2, cutoff=0.5))
