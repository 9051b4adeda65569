# Shadowing builtins: module-level rebinding and deleting restores the builtin,
# locals and parameters that shadow builtins, class attributes named like
# builtins, and comprehension scopes.
print(len("abc"))
len = lambda x: 42
print(len("abc"))
del len
print(len("abc"))


def count(list, max=3, type="kind"):
    sum = 0
    for id in list:
        sum += id
    return sum, max, type


print(count([1, 2, 3]))


def shadow_later():
    try:
        print(str(1))
        str = "local"
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


shadow_later()


class Config:
    type = "cfg"
    id = 7
    print = staticmethod(lambda *a: "class print")

    def describe(self):
        return type(self).__name__, self.type, self.id, self.print("x")


print(Config().describe())
input = "not the input function"
print(input.upper())
del input
sorted_ = sorted
sorted = lambda xs, **kw: list(reversed(sorted_(xs, **kw)))
print(sorted([3, 1, 2]), sorted_([3, 1, 2]))
del sorted
print(sorted([3, 1, 2]))
filter = [x for x in range(5) if x % 2]
print(filter, [min for min in "ab"], min(4, 2))
try:
    del len
except NameError as e:
    print("NameError:", e)


def outer():
    abs = lambda x: "shadowed abs"

    def inner():
        return abs(-1)
    return inner()


print(outer(), abs(-1))
True_ = True
print(True_ is True, __name__)
range = lambda n: [n, n, n]
print(range(2), [i for i in range(3)])
del range
print(list(range(3)))
