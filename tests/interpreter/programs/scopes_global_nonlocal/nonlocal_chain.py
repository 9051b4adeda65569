def level1():
    value = 1
    log = []
    def level2():
        def level3():
            nonlocal value
            value *= 10
            log.append(value)
        level3()
        level3()
    level2()
    return value, log

print(level1())

def accum():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total
    add.items = items
    return add

a = accum()
for n in [3, 4, 5]:
    a(n)
print(a(0), a.items)

def swapper():
    a, b = 1, 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b

print(swapper())
