"""Arithmetic trees over local names: numbers, mixed types, errors, unbound names.

The sandbox runs a tree of operators over bound locals as one host expression when
every local holds an int or a float; everything here must behave as CPython does
either way.
"""


def norms(dt, dx, dy, dz):
    mag = dt * ((dx * dx + dy * dy + dz * dz) ** -1.5)
    return mag, dx * dx + dy * dy, -dx * +dy - dz % 3, dx // 2 + dy / 4


print(norms(0.01, 1.0, 2.0, 3.0))
print(norms(1, 2, 3, 4))
print(norms(2, 3.5, -1, 7))


def powers(x, y):
    return x ** 2 + y ** -1 + x ** 0.5, x ** 63 * 3 % 1000, x ** 64 % 997


print(powers(3, 4))
print(powers(2.5, 0.5))
print(powers(-8.0, 2))  # a complex intermediate


def mixed(a, b, c):
    return a * b + c


print(mixed("ab", 3, "!"))
print(mixed([1, 2], 2, [3]))
print(mixed(True, 3, False))
print(mixed(2, 3.5, 1j))
print(mixed((1,), 2, (9,)))


class Loud:
    def __init__(self, v):
        self.v = v

    def __mul__(self, other):
        print("mul", self.v, other)
        return Loud(self.v * other)

    def __add__(self, other):
        print("add", self.v, other)
        return self.v + other

    def __radd__(self, other):
        print("radd", other, self.v)
        return other + self.v


print(mixed(Loud(2), 5, 1))
print(mixed(3, 4, Loud(7)))


class Meters(int):
    def __add__(self, other):
        return f"Meters({int(self)}+{other})"


print(mixed(Meters(4), 1, 2), mixed(2, 1, Meters(4)))


def errors(a, b, c):
    for expr in range(4):
        try:
            if expr == 0:
                r = a / b + c * c
            elif expr == 1:
                r = a * c + c // b
            elif expr == 2:
                r = 10.0 ** 400 * a + c
            else:
                r = a % b * c
            print("ok", r)
        except (ZeroDivisionError, OverflowError, TypeError) as e:
            print(type(e).__name__, e)


errors(1.0, 0, 2)
errors(1, 0.0, 2.5)
errors("s", 2, 3)


def unbound_after_error(flag):
    if flag:
        y = 1.0
    return (1 / 0) + y * y


def unbound_read(z):
    r = x * 2 + x  # noqa: F821 - bound below, so unbound here
    x = z
    return r


for fn, arg in ((unbound_after_error, False), (unbound_after_error, True), (unbound_read, 3)):
    try:
        print(fn(arg))
    except (ZeroDivisionError, UnboundLocalError) as e:
        print(type(e).__name__, e)


def deleted_names(v):
    w = v * 2
    del w
    try:
        return w * w + 1  # noqa: F821
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    w = v
    return w * w + 1


print(deleted_names(3))


def handler_names():
    e = 2.0
    print(e * e + e)
    try:
        raise ValueError("x")
    except ValueError as e:  # noqa: F841 - unbinds e at the end of the handler
        pass
    try:
        return e * e + 1
    except UnboundLocalError as err:
        return f"UnboundLocalError {err}"


print(handler_names())


def rebound_in_loop():
    x = 1.5
    out = []
    for k in range(4):
        out.append(x * 2 + x)
        x = "ab" if k == 1 else [k]
    return out


print(rebound_in_loop())


def loops_and_comprehensions(n):
    s = 0
    for i in range(n):
        s += i * i + 2 * i + 1
    total = 0.0
    k = 0
    while k < n:
        total += k * 0.5 + k ** 2
        k += 1
    squares = [i * i + i for i in range(n)]
    table = {i: i * 3 % 5 for i in range(n)}
    nested = [[i * j + j for j in range(3)] for i in range(3)]
    return s, total, squares, table, nested, sum(i * 2 + 1 for i in range(n))


print(loops_and_comprehensions(6))


def generator(n):
    for i in range(n):
        yield i * i + 2 * i + 1
    j = n
    yield j * j - j % 3


print(list(generator(5)))


async def coroutine(a, b):
    return a * b + a ** 2


c = coroutine(3, 4.0)
try:
    c.send(None)
except StopIteration as stop:
    print("coroutine", stop.value)


def walrus(v):
    return (x := v) * x + x, x * (x := v + 1) + x


print(walrus(3), walrus(2.5))


def caret(a, b):
    return a * a + b / (a - a)


try:
    caret(2.0, 1.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


class Body:
    def __init__(self, m):
        self.m = m

    def energy(self, v):
        m = self.m
        return 0.5 * m * v * v + m * 9.81


print(Body(2.0).energy(3.0), Body(3).energy(2))
x = 4
print(x * x + 1, -x * 2.5)  # module level: globals, the checked path
