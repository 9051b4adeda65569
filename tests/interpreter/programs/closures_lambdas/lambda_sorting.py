people = [('Ann', 31, 'NY'), ('Bob', 25, 'LA'), ('Cid', 31, 'LA'), ('Dee', 22, 'NY')]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(max(people, key=lambda p: (p[1], p[0]))[0])
print(list(filter(lambda p: p[2] == 'LA', people)))
print(list(map(lambda p: p[0].upper(), people)))
ops = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
    '/': lambda a, b: a / b if b else float('inf'),
}
for sym in '+-*/':
    print(sym, ops[sym](12, 4), ops[sym](1, 0))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
sq = lambda x: x * x
print(compose(inc, sq)(3), compose(sq, inc)(3))
print((lambda *a: sum(a))(1, 2, 3), (lambda **k: k)(a=1))
