import operator
from functools import reduce

print(operator.add(2, 3), operator.mul("ab", 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.not_(0), operator.truth([]), operator.is_(None, None))
print(reduce(operator.mul, range(1, 6)), reduce(operator.or_, [1, 2, 4]))
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 5.0)]
print(sorted(rows, key=operator.itemgetter(1)), sorted(rows, key=operator.itemgetter(2, 0)))


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def greet(self, other):
        return f"{self.name} greets {other}"

    def __repr__(self):
        return self.name


people = [P("Zed", 30), P("Amy", 25)]
print(sorted(people, key=operator.attrgetter("age")), operator.attrgetter("name", "age")(people[0]))
print(list(map(operator.methodcaller("greet", "you"), people)))
print(operator.methodcaller("split", ",")("a,b"), operator.itemgetter(slice(1, 3))("abcd"))
d = {}
operator.setitem(d, "k", 1)
print(d, operator.getitem(d, "k"), operator.contains(d, "k"), operator.countOf([1, 1, 2], 1))
operator.delitem(d, "k")
print(d, operator.indexOf("abc", "c"), operator.length_hint(iter(range(4))))
x = [1]
x = operator.iadd(x, [2])
print(x, operator.concat((1,), (2,)), operator.index(7), operator.abs(-3), operator.pow(2, 10))
print(operator.lt(1, 2), operator.ge(1, 2), operator.xor(6, 3), operator.inv(5), operator.matmul)
print(operator.call(max, 3, 9), operator.attrgetter("real")(3), operator.itemgetter(-1)([4, 5]))
