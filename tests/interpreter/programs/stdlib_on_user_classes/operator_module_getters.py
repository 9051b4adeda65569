from operator import attrgetter, itemgetter, methodcaller
import operator

class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __repr__(self):
        return self.name
    def bonus(self, pct):
        return self.salary * pct // 100

staff = [Emp('ann', 'ops', 120), Emp('bob', 'dev', 100), Emp('cy', 'dev', 150)]
print(sorted(staff, key=attrgetter('dept', 'salary')))
print(list(map(attrgetter('name'), staff)), attrgetter('name', 'salary')(staff[0]))
print(list(map(methodcaller('bonus', 10), staff)))
rows = [('x', 3), ('y', 1), ('z', 2)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 1)(rows[0]), itemgetter(slice(1, None))([1, 2, 3]))
print(operator.add(2, 3), operator.neg(4), operator.contains([1], 1), operator.getitem('abc', 1))
print(methodcaller('replace', 'a', 'o')('banana'), operator.itemgetter('k')({'k': 'v'}))
print(operator.lt(1, 2), operator.truth([]), operator.concat([1], [2]), operator.mod(7, 3))
