# Variables a function shares with its comprehensions and lambdas (cells): late binding,
# generator expressions run after the variable changed, walrus from a comprehension,
# cell parameters, unbound cells, and plain locals beside them.
def late_binding():
    fs = [lambda: i for i in range(3)]
    k = 10
    gs = [lambda: k for _ in range(2)]
    k = 20
    return [f() for f in fs], [g() for g in gs]


print(late_binding())


def lazy_genexpr():
    scale = 2
    gen = (x * scale for x in range(4))
    scale = 100
    return list(gen)


print(lazy_genexpr())


def walrus_from_comprehension(data):
    total = 0
    running = [total := total + x for x in data]
    return running, total


print(walrus_from_comprehension([1, 2, 3, 4]))


def cell_parameter(base, items):
    shifted = [base + x for x in items]
    base = -1
    again = sorted(items, key=lambda x: (x % 3, base * x))
    return shifted, again


print(cell_parameter(10, [5, 3, 9, 1]))


def nested(n):
    grid = [[(r, c) for c in range(r, n)] for r in range(n)]
    pick = {r: {c for _, c in row if c % 2 == 0} for r, row in enumerate(grid)}
    count = sum(1 for row in grid for cell in row if cell[0] + cell[1] > n)
    return grid[1], pick, count


print(nested(4))


def unbound_cell(flag):
    if flag:
        value = 3
    try:
        return [value + i for i in range(2)]
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


print(unbound_cell(True), unbound_cell(False))


def read_before_assignment():
    try:
        print(shared)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    shared = 5
    return (lambda: shared)()


print(read_before_assignment())


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count
    return bump


c = counter()
print(c(), c(), c())


def mixed_locals(words):
    prefix = "w:"
    longest = max(words, key=len)
    tagged = [prefix + w for w in words if len(w) >= len(longest) - 1]
    prefix = "changed"
    size = len(tagged)
    return tagged, size, longest


print(mixed_locals(["ab", "abc", "abcd", "xyz"]))


def comprehension_errors(xs):
    try:
        return [1 / x for x in xs]
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


print(comprehension_errors([1, 2]), comprehension_errors([1, 0]))


def not_iterable():
    try:
        return [x for x in 5]
    except TypeError as e:
        return str(e)


print(not_iterable())
