# Unpacking into three or more local variables: tuples and lists of plain values, of
# objects, subclasses, wrong lengths, iterators, and the order targets are bound in.
class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"P({self.x})"


class MyList(list):
    def __iter__(self):
        print("MyList.__iter__")
        return super().__iter__()


def shapes():
    out = []
    a, b, c = 1, 2.5, "three"
    out.append((a, b, c))
    a, b, c = [None, (1, 2), b"x"]
    out.append((a, b, c))
    p, q, r = Point(1), len, [Point(2)]
    out.append((p, q is len, r))
    x, y, z = MyList([7, 8, 9])
    out.append((x, y, z))
    i, j, k = (n * n for n in range(3))
    out.append((i, j, k))
    d, e, f = "abc"
    out.append((d, e, f))
    g, h, m = {"k1": 1, "k2": 2, "k3": 3}
    out.append((g, h, m))
    for s, t, u in [(1, 2, 3), [4, 5, 6], (Point(7), 8, 9)]:
        out.append(s if isinstance(s, int) else s.x + t + u)
    return out


print(shapes())


def wrong_lengths():
    msgs = []
    for value in [(1, 2), [1, 2, 3, 4], (), "ab", iter([1])]:
        try:
            a, b, c = value
        except ValueError as e:
            msgs.append(str(e))
        except TypeError as e:
            msgs.append("TypeError " + str(e))
    try:
        a, b, c = 5
    except TypeError as e:
        msgs.append(str(e))
    return msgs


print(wrong_lengths())


def same_name_twice():
    a, a, b = 1, 2, 3
    x = [0, 0, 0]
    i, x[i], j = 1, 9, 2
    return a, b, x, i, j


print(same_name_twice())
