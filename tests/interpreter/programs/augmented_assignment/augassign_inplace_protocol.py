# The in-place protocol: __iadd__ is preferred, NotImplemented falls back to
# __add__ and then __radd__; immutables rebind; a += on a tuple element that is a
# list mutates and then raises.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, other):
        print("  __add__")
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.xs, other.xs)))

    def __iadd__(self, other):
        if isinstance(other, Vec):
            print("  __iadd__")
            self.xs = [a + b for a, b in zip(self.xs, other.xs)]
            return self
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__")
        return Vec(*(other + a for a in self.xs))

    def __imul__(self, k):
        print("  __imul__")
        self.xs = [a * k for a in self.xs]
        return self

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"


v = Vec(1, 2)
same = v
v += Vec(10, 20)
print(v, v is same)
v *= 3
print(v, v is same)


class OnlyAdd:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return OnlyAdd(self.n + (other.n if isinstance(other, OnlyAdd) else other))

    def __repr__(self):
        return f"OnlyAdd({self.n})"


o = OnlyAdd(1)
orig = o
o += 5
o += OnlyAdd(4)
print(o, o is orig)
n = 10
n += Vec(1, 2) if False else 0
print(n)
x = 5
x += Vec(1, 2)  # int.__add__ -> NotImplemented, then Vec.__radd__
print(x)

t = ([1, 2], "x")
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
s = {1, 2}
alias = s
s |= {3}
s -= {1}
s &= {2, 3, 4}
s ^= {9}
print(sorted(s), s is alias)
fs = frozenset({1})
alias2 = fs
fs |= {2}
print(sorted(fs), fs is alias2)
d = {"a": 1}
d |= {"b": 2}
print(d)
try:
    v += 1
except TypeError as e:
    print("TypeError:", e)


class Weird:
    def __iadd__(self, other):
        return "replaced"


w = Weird()
w += 1
print(w)
