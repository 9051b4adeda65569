import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass

import re


def no_ids(text):
    return re.sub(r"id=\d+", "id=N", text)


a = [1, 2]
a.append(a)
print(no_ids(pprint.pformat(a)))
print(pprint.isrecursive(a), pprint.isreadable(a), pprint.isreadable([1, "x"]))
print(no_ids(pprint.saferepr(a)))
d = {"self": None}
d["self"] = d
print(no_ids(pprint.pformat(d)))

pprint.pprint(OrderedDict((f"key{i}", i) for i in range(8)), width=40)
dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
pprint.pprint(dd, width=50)
pprint.pprint(Counter("mississippi-missouri-mosquito"), width=40)
pprint.pprint(deque(range(30), maxlen=25), width=40)
pprint.pprint(ChainMap({"a": 1}, {"b": list(range(20))}), width=40)


@dataclass
class Point:
    x: int
    y: int


class Custom:
    def __repr__(self):
        return "Custom<" + "x" * 10 + ">"


pprint.pprint([Point(1, 2), Point(3, 4)], width=30)
pprint.pprint({"objs": [Custom() for _ in range(5)]}, width=40)
pprint.pprint("a long string " * 10, width=40)
pprint.pprint(b"bytes " * 20, width=40)
