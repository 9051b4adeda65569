"""Globals read from functions: rebound, deleted, shadowing builtins, named like
internals, read before they exist, declared global."""


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(15))
old = fib


def fib(n):  # noqa: F811 - rebinding a recursive function's name
    return -1


print(old(5), fib(5))


def reads():
    return LIMIT * 2, helper(), len([1, 2])


try:
    reads()
except NameError as e:
    print("NameError", e)
LIMIT = 3


def helper():
    return "helper"


print(reads())
len = lambda x: 99  # noqa: E731, A001
print(reads())
del len
print(reads())
del LIMIT
try:
    reads()
except NameError as e:
    print("NameError", e)


def named_like_internals():
    return cell, body, block, make, listcomp, genexpr


cell, body, block, make, listcomp, genexpr = range(6)
print(named_like_internals())


def counter():
    global COUNT
    COUNT += 1
    return COUNT


COUNT = 10
print(counter(), counter(), COUNT)


class Shape:
    sides = 0

    def describe(self):
        return f"{type(self).__name__} {self.sides} {SCALE}"


SCALE = 1.5
print(Shape().describe())
SCALE = "big"
print(Shape().describe())


def gen():
    yield TOTAL
    yield [TOTAL + i for i in range(3)]


TOTAL = 7
print(list(gen()))


async def coro():
    return TOTAL * 2


c = coro()
try:
    c.send(None)
except StopIteration as stop:
    print(stop.value)
