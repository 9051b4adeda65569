# Augmented assignment through nonlocal and global names: counters, accumulators
# in nested closures, class bodies that read enclosing names, and the
# UnboundLocalError when a name is augmented without a declaration.
def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start
    return inc, reset


inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())


def outer():
    total = 0
    log = []

    def middle(xs):
        def inner(x):
            nonlocal total
            total += x
            log.append(total)
        for x in xs:
            inner(x)
        return total
    return middle([1, 2, 3]), middle([10]), log


print(outer())
TOTAL = 0
names = []


def add_global(n):
    global TOTAL
    TOTAL += n
    names.append(n)  # a mutation, no declaration needed


for n in range(5):
    add_global(n)
print(TOTAL, names)


def broken():
    x = 1

    def inner():
        x += 1  # x is local to inner, unbound
        return x
    return inner()


try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def class_in_function():
    size = 3

    class Grid:
        cells = [[0] * size for _ in range(size)]
        area = size * size

        def bump(self):
            nonlocal size
            size += 1
            return size
    g = Grid()
    return Grid.area, g.bump(), g.bump(), size, len(Grid.cells)


print(class_in_function())
fns = []
for i in range(3):
    def f(i=i):
        acc = i

        def g():
            nonlocal acc
            acc *= 10
            return acc
        return g
    fns.append(f())
print([fn() for fn in fns], [fn() for fn in fns])
