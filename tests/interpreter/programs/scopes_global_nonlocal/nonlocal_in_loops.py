def running_stats(values):
    count = 0
    total = 0
    peak = None
    def feed(v):
        nonlocal count, total, peak
        count += 1
        total += v
        if peak is None or v > peak:
            peak = v
    for v in values:
        feed(v)
    return count, total, peak

print(running_stats([3, 9, 2, 7]), running_stats([]))

def fib_gen_factory():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step

step = fib_gen_factory()
print([step() for _ in range(10)])

def visitor():
    depth = 0
    out = []
    def visit(tree):
        nonlocal depth
        out.append('  ' * depth + str(tree[0]))
        depth += 1
        for child in tree[1:]:
            visit(child)
        depth -= 1
    visit(('root', ('a', ('a1',)), ('b',)))
    return '\n'.join(out)
print(visitor())
