"""Unpacking and augmented assignment on a function's own names, with their edges."""


def shapes(seq):
    a, b, c = seq
    x, = [a]
    [p, q] = b, c
    a, a = 1, 2  # the last store wins
    b, c = c, b  # a swap
    return a, b, c, x, p, q


print(shapes((1, 2, 3)), shapes("xyz"), shapes([None, [1], {2: 3}]))
print(shapes(range(3)), shapes({"k": 1, "j": 2, "i": 3}))
print(shapes(iter([7, 8, 9])), shapes(n * n for n in range(3)))


def wrong_length(seq):
    a, b = "old", "old"
    try:
        a, b = seq
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    return a, b


print(wrong_length([1]), wrong_length([1, 2, 3]), wrong_length(5), wrong_length([]))


def gen_unpack():
    def items():
        print("first")
        yield 1
        print("second")
        yield 2
        print("done")
    a, b = items()
    return a + b


print(gen_unpack())


def loops(pairs):
    out = []
    for k, v in pairs:
        out.append(k * 10 + v)
    for k in range(3):
        pass
    for [k2, v2] in pairs[:1]:
        out.append((k2, v2))
    for s in "ab":
        out.append(s * 2)
    return out, k


print(loops([(1, 2), (3, 4)]))


def loop_never_runs():
    for item in []:
        pass
    try:
        return item  # noqa: F821 - never bound
    except UnboundLocalError as e:
        return f"UnboundLocalError {e}"


print(loop_never_runs())


def augmented(n, xs):
    total = 0
    text = ""
    items = []
    alias = items
    for i in range(n):
        total += i
        total += i * i + 1
        total -= i // 2
        total *= 1
        total %= 10 ** 9
        total **= 1
        text += str(i)
        text += "-" * 2
        items += [i]
        items *= 1
    f = 1.5
    f += n
    f /= 2
    f //= 1
    f -= -f
    return total, text, items, alias is items, f, xs


print(augmented(5, None))


def augmented_order():
    def side(v):
        print("side", v)
        return v

    s = 10
    s += side(1) * side(2)
    s -= side(3)
    s += (s := 5)
    print("walrus", s)
    return s


print(augmented_order())


def augmented_unbound():
    def side():
        print("side effect")
        return 1
    try:
        t += side()  # noqa: F821
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    t = 0
    t += side()
    return t


print(augmented_unbound())


def augmented_types(a, b):
    r = a
    r += b * 2
    return r


print(augmented_types(1, 2), augmented_types("a", "b"), augmented_types([1], [2]))
print(augmented_types(1.5, 2), augmented_types(2, 0.25), augmented_types((1,), (2,)))
print(augmented_types(True, True), augmented_types(3, 1j))
try:
    augmented_types(1, "x")
except TypeError as e:
    print("TypeError", e)


class Acc:
    def __init__(self):
        self.log = []

    def __iadd__(self, other):
        self.log.append(other)
        return self

    def __mul__(self, other):
        return ("mul", other)


def user_objects():
    acc = Acc()
    acc += 1
    acc += 2 * 3
    n = 4
    acc += n * n + 1
    return acc.log


print(user_objects())


def deleted_then_augmented():
    v = 1
    del v
    try:
        v += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    v = 2
    v += 3
    return v


print(deleted_then_augmented())


def generators(n):
    total = 0
    for i in range(n):
        total += i * 2 + 1
        a, b = total, i
        yield a - b


print(list(generators(4)))
