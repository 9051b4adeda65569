# Method calls on exact builtin containers (called through the type's method), on their
# subclasses, on aliases, and calls of builtins named at the call site.
order = []


def note(tag, value):
    order.append(tag)
    return value


items = [3, 1, 2]
items.append(5)
print(items.pop(), items, items.index(1), items.count(3))
note("r", items).append(note("a", 9))
print(order, items)

d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", "dflt"), d.setdefault("c", []), d)
d["c"].append(1)
print(d, sorted(d.keys()), list(d.values()), d.pop("a"), d)

s = {1, 2}
s.add(3)
s.discard(1)
s.discard(99)
print(sorted(s), s.issubset({2, 3, 4}), frozenset(s).union({7}) == {2, 3, 7})
print("a,b,,c".split(","), "x".upper(), " pad ".strip(), "abc".startswith("ab"))
print("{}-{}".format(1, 2), "hello".replace("l", "L", 1), b"ab".hex(), (1, 2, 2).count(2))
print(bytearray(b"xy").upper(), "a-b".partition("-"), "AbC".swapcase())


class Loud(list):
    def append(self, value):
        print("Loud.append", value)
        super().append(value * 10)


loud = Loud([1])
loud.append(2)
print(loud, loud.pop(), loud)


class Alias(list):
    add = list.append


alias = Alias()
alias.add(4)
print(alias)


class Store:
    def __init__(self):
        self.data = []

    def append(self, value):
        self.data.append(value)
        return len(self.data)


for receiver in ([], Store(), Loud(), []):
    print(type(receiver).__name__, receiver.append(7))


class WithAttr:
    pass


w = WithAttr()
w.append = lambda v: ("instance attribute", v)
print(w.append(1))

try:
    items.index(12345)
except ValueError as e:
    print("ValueError", e)
try:
    {}.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    (1).append(2)
except AttributeError as e:
    print("AttributeError", e)
try:
    items.append()
except TypeError as e:
    print("TypeError", e)

nested = [[1], [2]]
nested[0].append(nested[1].pop())
print(nested)


def counts(words):
    seen = {}
    for w in words:
        seen[w] = seen.get(w, 0) + 1
    return seen


print(counts("a b a c b a".split()))


def lengths(xs):
    return [len(x) for x in xs], abs(-3), isinstance(xs, list), range(3)[-1]


print(lengths(["ab", [1, 2, 3], ""]))
len = lambda x: "shadowed"  # noqa: E731
print(lengths(["ab"]))
del len
print(lengths(["ab"]))


def shadow_later():
    return len("abc"), min(3, 1), sorted([2, 1])


print(shadow_later())
min = max
print(shadow_later())
del min
print(shadow_later())


# Copies of containers by the builtins that make them.
class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        print("hash", self.k)
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return f"Key({self.k})"


pairs = [("a", 1), ("b", [2])]
copied = dict(pairs)
copied["b"].append(3)
print(copied, pairs, list({"x": 1, "y": 2}), sorted({3, 1, 2}), tuple("ab"), set("aab") == {"a", "b"})
print(len(set(Key(i % 2) for i in range(3))), sorted([Key(2), Key(1)]), frozenset([1, 1]))
big = list(range(10000))
print(len(list(big)), len(set(big)), sorted(tuple(big))[-1], list(range(3)), tuple([1, [2]]))
print(set([Key(1)]), list(map(abs, [-1, -2])), list(x for x in "ab"), sorted("bca", reverse=True))
for bad in (5, None):
    try:
        list(bad)
    except TypeError as e:
        print("TypeError", e)
set = frozenset
print(type(set([1])).__name__)
del set
print(type(set([1])).__name__)

# One-argument calls of guarded builtins.
print(int("42"), int(3.9), int(True), round(2.5), round(3.7), int(" 7 "))
print(min([3, 1, 2]), max((1, 5)), sum([1.5, 2.5]), sum({1: "a", 2: "b"}), any([0, ""]), all([]))
print(max({"b": 1, "a": 2}), min({3, 4}), sum([]), max([Key(1), Key(3)]), min(["b", "a"]))
for bad in ([], "x", None):
    try:
        print(min(bad) if bad is not None else int(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    int("12x")
except ValueError as e:
    print("ValueError", e)


class Truthy:
    def __bool__(self):
        print("bool called")
        return False


print(any([Truthy()]), all([Truthy()]), len(str(10 ** 50)), int("9" * 40) % 7)
