it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'end'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
d = {'x': 1, 'y': 2}
print(list(iter(d)), next(iter(d.values())), next(iter(d.items())))
counter = [0]

def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 4)))
s = iter('abc')
print(list(s), list(s))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(iter(range(3))), next(reversed([1, 2])))
chunks = iter([1, 2, 3, 4, 5, 6, 7])
print(list(zip(chunks, chunks)))
