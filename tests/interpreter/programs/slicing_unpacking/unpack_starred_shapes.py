# Starred unpacking at every position, nested shapes, every iterable kind, and the
# error messages for too many / too few values.
def show(label, *values):
    print(label, *(repr(v) for v in values))


a, *b = [1, 2, 3, 4]
show("head/rest", a, b)
*a, b = "wxyz"
show("init/last", a, b)
a, *b, c = range(5)
show("mid", a, b, c)
a, *b, c = (1, 2)
show("empty star", a, b, c)
*a, = {3: "x", 1: "y"}
show("alone", a)
[a, [b, *c], *d] = (1, (2, 3, 4), 5, 6)
show("nested", a, b, c, d)
(a, b), (c, *d) = "xy", b"abc"
show("bytes", a, b, c, d)
first, *_, last = (i * i for i in range(6))
show("generator", first, last, _)
((a, *b), *c), d = [[1, 2, 3], 4, 5], 6
show("deep", a, b, c, d)
for x, *rest in [(1,), (2, 3), (4, 5, 6)]:
    show("loop", x, rest)
pairs = {k: v for k, *v in ["ab", "cde", "f"]}
show("comp", pairs)
key, (val, *more) = next(iter({"k": (1, 2, 3)}.items()))
show("dict item", key, val, more)
print([*range(3), *"ab", *{7: 0}], (*[1], *(2, 3)), {*"aa", *"b"} == {"a", "b"})
print({**{"a": 1}, "b": 2, **dict(c=3)})
m, n = n, m = 1, 2
show("chain", m, n)

def attempt(fn):
    try:
        return fn()
    except (ValueError, TypeError) as e:
        return f"{type(e).__name__}: {e}"


def f1():
    a, b = [1, 2, 3]


def f2():
    a, b, c = (1, 2)


def f3():
    a, *b, c = [1]


def f4():
    a, b = 5


def f5():
    (a, b), c = [1, 2], 3


def f6():
    [a, b] = iter([1])


def f7():
    a, *b = None


for f in (f1, f2, f3, f4, f5, f6, f7):
    print(f.__name__, attempt(f))
