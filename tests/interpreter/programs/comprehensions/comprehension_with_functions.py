def squares_up_to(n):
    return [i * i for i in range(n)]

def make_lookup(items):
    return {item: idx for idx, item in enumerate(items)}

def invert(d):
    return {v: k for k, v in d.items()}

print(squares_up_to(6))
lk = make_lookup(['x', 'y', 'z'])
print(lk, invert(lk))
funcs = [lambda x, p=p: x ** p for p in range(4)]
print([[f(b) for f in funcs] for b in (2, 3)])
def chunks(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]

print(chunks(list(range(10)), 3), chunks('abcdefg', 2))
def flatten(nested):
    return [x for sub in nested for x in (flatten(sub) if isinstance(sub, list) else [sub])]

print(flatten([1, [2, [3, [4, 5]], 6], [[7]]]))
words = 'the cat sat on the mat'.split()
print(sorted({w: words.count(w) for w in words}.items(), key=lambda kv: (-kv[1], kv[0])))
