def inner(n):
    total = 0
    for i in range(n):
        received = yield i
        if received:
            total += received
    return f'inner total {total}'

def outer():
    result = yield from inner(3)
    print('inner returned:', result)
    result2 = yield from inner(1)
    return result, result2

g = outer()
print(next(g))
print(g.send(10))
print(g.send(20))
try:
    print(g.send(5))
    g.send(None)
except StopIteration as e:
    print('outer returned', e.value)

def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def chain_all(*its):
    for it in its:
        yield from it

print(list(chain_all('ab', range(2), (x * x for x in [3]))))
