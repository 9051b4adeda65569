def gen():
    x = yield 1
    print('got', x)
    y = (yield x) * 2 if x else 0
    print('y is', y)
    z = yield
    print('z is', z)
    yield [(yield 'a'), (yield 'b')]

g = gen()
print(next(g))
print(g.send('hello'))
print(g.send(21))
print(g.send('zed'))
print(g.send('first'))
print(g.send('second'))
print(next(g, 'end'))

def lam_gen():
    f = lambda: (yield 5)
    return list(f())

print(lam_gen())

def yields_tuple():
    yield 1, 2
    yield (3, 4)

print(list(yields_tuple()))
