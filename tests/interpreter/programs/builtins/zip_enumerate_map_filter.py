names = ['a', 'b', 'c']
ages = [1, 2]
print(list(zip(names, ages)), list(zip(names)), list(zip()))
print(list(zip(*[(1, 'x'), (2, 'y')])))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(enumerate(names)), list(enumerate(names, 10)), list(enumerate('', 1)))
print(list(map(len, ['ab', 'c'])), list(map(pow, [2, 3], [3, 2])), list(map(str.upper, 'hi')))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(None, [0, '', 'x', [], [1]])))
m = map(lambda x: x * 2, range(3))
print(next(m), list(m), list(m))
z = zip(range(3), 'abc')
print(next(z), dict(z))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))
e = enumerate('xy')
print(type(e).__name__, next(e), list(e))
print(dict(enumerate('abc')), dict(zip('abc', range(3))))
