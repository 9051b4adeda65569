# Augmented assignment evaluates its target's object and key once, reads then
# writes; works on attributes, subscripts, slices, nested targets and globals.
log = []


class Obj:
    def __init__(self):
        self.__dict__["n"] = 0

    def __getattr__(self, name):
        raise AttributeError(name)

    def __setattr__(self, name, value):
        log.append(("set", name, value))
        self.__dict__[name] = value


class Seq(list):
    def __getitem__(self, i):
        log.append(("get", i))
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        log.append(("setitem", i, v))
        super().__setitem__(i, v)


def get(x, tag):
    log.append(("eval", tag))
    return x


o = Obj()
get(o, "obj").n += 5
print(o.n, log)
log.clear()
s = Seq([1, 2, 3])
get(s, "seq")[get(1, "index")] *= 10
print(s, log)
log.clear()
s[0:2] += [9]
print(s, log)
counts = {}
for w in "the cat the hat the end".split():
    counts[w] = counts.get(w, 0) + 1
    counts.setdefault("_total", 0)
    counts["_total"] += 1
print(counts)
total = 0


def bump():
    global total
    total += 1
    return total


print([bump() for _ in range(3)], total)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
m[0][::-1] = m[0]
print(m)
x = 7
x //= 2; x **= 3; x %= 10; x <<= 2; x |= 1; x ^= 6; x &= 0b1111; x >>= 1
print(x)
f = 1.5
f /= 0.5
f -= 1
print(f)
s2 = "ab"
s2 *= 3
s2 += "!"
print(s2)
t = (1,)
before = t
t += (2,)
print(t, before, t is before)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
try:
    o.missing += 1
except AttributeError as e:
    print("AttributeError", e)
try:
    counts["absent"] += 1
except KeyError as e:
    print("KeyError", e)
