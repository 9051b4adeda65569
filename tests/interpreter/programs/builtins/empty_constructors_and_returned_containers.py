"""set(), list(), dict() with the builtin names shadowed and not; containers handed back
by functions, methods, lambdas, builtins."""


def empties():
    return set(), list(), dict(), tuple(), frozenset()


print(empties())


def grow():
    s = set()
    s.add(1)
    lst = list()
    lst.append(s)
    d = dict()
    d["k"] = lst
    return d


print(grow(), grow() is not grow())


def shadowed_later():
    return set(), dict()


print(shadowed_later())
set = lambda: "my set"  # noqa: E731, A001
dict = type("MyDict", (), {"__repr__": lambda self: "MyDict()"})  # noqa: A001
print(shadowed_later())
del set, dict
print(shadowed_later())


def local_shadow():
    list = tuple  # noqa: A001
    return list()


print(local_shadow())


class Board:
    def __init__(self):
        self.cells = [1, 2, 3]

    def split(self):
        return self.cells[:1], self.cells[1:]

    def as_set(self):
        return {c * 2 for c in self.cells}

    @staticmethod
    def pair(a, b):
        return [a, b]

    @classmethod
    def make(cls):
        return cls(), (cls,)


b = Board()
left, right = b.split()
print(left, right, b.as_set(), Board.pair(1, 2), b.pair(3, 4), Board.make()[1])


def returns_tuple(n):
    return n, n * 2, [n]


def caller():
    out = []
    for i in range(3):
        a, b2, c = returns_tuple(i)
        c.append(a + b2)
        out.append(c)
    f = lambda x: (x, x)  # noqa: E731
    return out, f(5), divmod(7, 2), sorted({3, 1, 2}), "a,b".split(",")


print(caller())


def gen():
    yield 1


def coroutine_function():
    async def inner():
        return [1]
    c = inner()
    name = type(c).__name__
    c.close()
    return name


g = gen()
print(type(g).__name__, list(g), coroutine_function())
