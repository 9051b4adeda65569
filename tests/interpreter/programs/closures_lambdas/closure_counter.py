def make_counter(start=0):
    count = start
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c2(), c1(), c2())
print(c1.__name__, c2() - c1())

def make_multiplier(n):
    return lambda x: x * n

double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), [make_multiplier(i)(10) for i in range(4)])

def adder_chain(a):
    def b_(b):
        def c_(c):
            return a + b + c
        return c_
    return b_

print(adder_chain(1)(2)(3))
