from collections import namedtuple
from typing import NamedTuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields)
x, y = p
print(x + y, p == (1, 2), len(p), isinstance(p, tuple))
P3 = namedtuple('P3', 'x y z', defaults=[0])
print(P3(1, 2), P3._make([4, 5, 6]))

class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    salary: int = 100

    def raise_(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)

e = Employee('ann')
print(e, e.raise_(10), Employee._fields, Employee._field_defaults)
try:
    e.name = 'bob'
except AttributeError as err:
    print(type(err).__name__, err)
try:
    Point(1)
except TypeError as err:
    print(type(err).__name__, err)
print(sorted([Employee('b', salary=5), Employee('a', salary=7)], key=lambda r: r.salary))
