# Augmented assignment on name-mangled private attributes: instance, class and
# subclass attributes, properties and __slots__, inside methods and closures.
class Counter:
    __instances = 0
    __slots__ = ("__count", "__step", "name")

    def __init__(self, name, step=1):
        self.name = name
        self.__count = 0
        self.__step = step
        Counter.__instances += 1
        type(self).__bump_class()

    @classmethod
    def __bump_class(cls):
        cls._created = getattr(cls, "_created", 0) + 1

    def tick(self, times=1):
        for _ in range(times):
            self.__count += self.__step
        return self

    def scale(self, k):
        self.__count *= k
        self.__step **= 2
        return self

    @property
    def count(self):
        return self.__count

    @classmethod
    def instances(cls):
        return cls.__instances

    def adder(self):
        def add(n):
            self.__count += n
            return self.__count
        return add


a = Counter("a").tick(3)
b = Counter("b", step=5).tick().scale(2).tick()
print(a.count, b.count, Counter.instances(), Counter._created)
inc = a.adder()
print(inc(10), inc(-4), a.count)
print(sorted(n for n in dir(Counter) if "Counter__" in n))
a._Counter__count += 100
print(a.count)
try:
    a.__count += 1
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Counter):
    __slots__ = ("__count",)  # a different mangled name: _Sub__count

    def __init__(self):
        super().__init__("sub", step=2)
        self.__count = 1000

    def both(self):
        self.__count += 1
        self.tick()
        return self.__count, self.count


s = Sub()
print(s.both(), s.both(), Counter.instances(), Sub._created, Counter._created)


class Matrix:
    def __init__(self):
        self.__rows = [[0, 0], [0, 0]]
        self.__meta = {"writes": 0}

    def add(self, r, c, v):
        self.__rows[r][c] += v
        self.__meta["writes"] += 1

    def __repr__(self):
        return f"Matrix({self.__rows}, writes={self.__meta['writes']})"


mx = Matrix()
mx.add(0, 1, 5)
mx.add(0, 1, 2)
mx.add(1, 0, -1)
print(mx)
