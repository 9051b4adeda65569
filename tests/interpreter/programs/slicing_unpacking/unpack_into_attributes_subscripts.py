# Unpacking into attributes, subscripts, slices and nested mixtures, with the
# evaluation order of targets made visible through __setitem__/__setattr__ logs.
log = []


class Rec:
    def __setattr__(self, name, value):
        log.append(f"setattr {name}={value!r}")
        super().__setattr__(name, value)


class Box(dict):
    def __setitem__(self, key, value):
        log.append(f"setitem {key!r}={value!r}")
        super().__setitem__(key, value)


def key(k):
    log.append(f"key {k!r}")
    return k


def src(v):
    log.append("source")
    return v


r, b = Rec(), Box()
r.x, b[key("k")], r.y = src((1, 2, 3))
print(log)
log.clear()
b[key("a")], (r.z, *b[key("rest")]) = src([10, (20, 30, 40)])
print(log)
print(vars(r), dict(b))

lst = [0] * 6
lst[0], lst[2:4], lst[-1] = "a", ("x", "y"), "z"
print(lst)
i = 0
i, lst[i] = 3, "first"  # i is assigned before lst[i] is evaluated
print(i, lst)
m = [[0, 0], [0, 0]]
m[0][1], m[1][0] = m[1][0] + 5, m[0][1] + 7
print(m)


class Point:
    __slots__ = ("x", "y")


p = Point()
p.x, p.y = p.y, p.x = 1, 2
print(p.x, p.y)
grid = {}
for grid[key("row")], grid["col"] in [(1, 2), (3, 4)]:
    pass
print(grid, log[-2:])
d = {}
d["a"], d["b"] = d["b"], d["a"] = "AB"
print(d)
a = [1, 2, 3, 4, 5]
a[1:4], a[0] = ["x"], "y"
print(a)
try:
    r.missing.attr, x = 1, 2
except AttributeError as e:
    print("AttributeError:", e)
