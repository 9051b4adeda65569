def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest

print([''.join(p) for p in permutations('abc')])

def tree_walk(node, depth=0):
    name, children = node
    yield depth, name
    for child in children:
        yield from tree_walk(child, depth + 1)

tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [('b1', [])])])
for depth, name in tree_walk(tree):
    print('  ' * depth + name)

def subsets(s):
    if not s:
        yield []
        return
    for sub in subsets(s[1:]):
        yield sub
        yield [s[0]] + sub

print(sorted(subsets([1, 2, 3]), key=lambda x: (len(x), x)))

def hanoi(n, a='A', b='B', c='C'):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)

print(list(hanoi(3)))
