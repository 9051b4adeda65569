# Augmented and chained assignments to attributes and items: evaluation order, in-place
# operators, properties, __getitem__/__setitem__ of user classes, private attributes of
# plain user classes and of classes with builtin bases; raise forms inside functions.
log = []


class Box:
    def __init__(self):
        self._v = 1
        self.__hidden = [1]
        self.items = [1, 2, 3]

    @property
    def v(self):
        log.append("get v")
        return self._v

    @v.setter
    def v(self, value):
        log.append(("set v", value))
        self._v = value

    def bump(self, k):
        self._v += k
        self.__hidden += [k]
        self.__hidden[0] *= 2
        return self._v, self.__hidden


class Recorder:
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        log.append(("getitem", k))
        return self.data.get(k, 0)

    def __setitem__(self, k, v):
        log.append(("setitem", k, v))
        self.data[k] = v


def obj(name, value):
    log.append(("eval", name))
    return value


def run():
    b = Box()
    obj("b", b).v += obj("rhs", 10)
    print(b._v, log)
    log.clear()
    r = Recorder()
    obj("r", r)[obj("key", "k")] += obj("rhs", 5)
    obj("r", r)[obj("key", "k")] *= 3
    print(r.data, log)
    log.clear()
    print(b.bump(2), b.bump(3))
    lst = [1, 2]
    alias = lst
    holder = Box()
    holder.items += lst  # in place: the same list object
    print(holder.items, holder.items is not lst, alias is lst)
    t = Box()
    t.items = (1,)
    t.items += (2,)
    print(t.items)
    x = y = [0]
    x += [1]
    print(x, y, x is y)
    grid = [[0] * 3 for _ in range(2)]
    a = grid[0][1] = grid[1][2] = b.v
    print(a, grid, log)
    log.clear()
    d = {}
    d["a"] = d["b"] = obj("value", [])
    print(d, d["a"] is d["b"], log)


run()


class WithBase(dict):
    def __init__(self):
        super().__init__()
        self._own = 5

    def peek(self):
        self._own += 1
        return self._own, self.get("missing", "-")


class Plain:
    __slots__ = ("_slot",)

    def __init__(self):
        self._slot = 7

    def twice(self):
        self._slot *= 2
        return self._slot


print(WithBase().peek(), Plain().twice())
try:
    p = Plain()
    p._other = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain()._missing
except AttributeError as e:
    print("AttributeError:", e)


def raises(kind):
    try:
        if kind == 0:
            raise ValueError("plain")
        if kind == 1:
            raise KeyError("k") from OSError("cause")
        if kind == 2:
            raise TypeError("t") from None
        if kind == 3:
            raise 42
        if kind == 4:
            raise ValueError
        if kind == 5:
            raise
    except ValueError:
        try:
            raise
        except ValueError as again:
            return "again " + repr(again)
    return "no raise"


for kind in range(6):
    try:
        print(kind, raises(kind))
    except BaseException as e:
        print(kind, type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
