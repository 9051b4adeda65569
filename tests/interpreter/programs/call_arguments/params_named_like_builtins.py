# Parameters may carry any name, builtins included: type, len, object, print, id,
# in every parameter kind, in functions, methods, lambdas, generators and
# coroutines.
import asyncio


def describe(obj, type="unknown", *, len=0, id=None):
    return obj, type, len, id


def collect(*type, **object):
    return type, sorted(object.items())


def positional_only(type, str, /, print=None):
    return type * 2, str.upper(), print


class Shape:
    def __init__(self, type, len):
        self.kind, self.size = type, len

    def resize(self, len=1, *, type=None):
        return Shape(type or self.kind, self.size * len)

    def __repr__(self):
        return f"Shape({self.kind!r}, {self.size})"


def gen(type, range=3):
    for i in [0, 1, 2][:range]:
        yield type, i


async def coro(type, isinstance=False):
    await asyncio.sleep(0)
    return type, isinstance


print(describe(1), describe(2, "int", len=5, id=7))
print(collect(1, 2, type=3, len=4))
print(positional_only(21, "abc"), positional_only(1, "x", print="p"))
print(Shape("square", 2).resize(3), Shape("circle", 1).resize(type="oval"))
print(list(gen("t")), list(gen("u", range=1)))
print(asyncio.run(coro("c")), asyncio.run(coro("d", isinstance=True)))
adder = lambda type, len=1: type + len
print(adder(1), adder(1, len=10), (lambda *type: type)(1, 2), (lambda **str: str)(a=1))
print(type(3).__name__, len("abc"), str(4))
