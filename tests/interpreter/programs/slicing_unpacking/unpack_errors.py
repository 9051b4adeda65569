cases = [
    lambda: [(a, b) for a, b in [(1, 2, 3)]],
    lambda: [(a, b) for a, b in [(1,)]],
    lambda: [(a, b, c) for a, *b, c in [(1,)]],
    lambda: [a for a, b in [5]],
    lambda: [a for (a, b) in ['ab', 'cde']],
]
for fn in cases:
    try:
        print(fn())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def unpack(seq):
    try:
        a, b = seq
        return a, b
    except ValueError as e:
        return f'{type(e).__name__}: {e}'

print(unpack([1, 2]))
print(unpack([]))
print(unpack('abcd'))
print(unpack({'x': 1, 'y': 2}))
try:
    x, y = None
except TypeError as e:
    print(type(e).__name__, e)
