handlers = {}
for event in ['click', 'hover', 'drag']:
    handlers[event] = lambda e=event, n=len(event): f'{e}:{n}'
print([h() for h in handlers.values()])
print(handlers['click']('override'))
power_funcs = [lambda x, p=p: x ** p for p in range(5)]
print([f(2) for f in power_funcs])
base = 10
f = lambda x, b=base: x + b
base = 20
print(f(1), f(1, base))
g = lambda: (yield)
gen = g()
print(type(gen).__name__)
nested = lambda x: (lambda y: (lambda z: x * 100 + y * 10 + z))
print(nested(1)(2)(3))
cond = lambda n: 'fizz' * (n % 3 == 0) + 'buzz' * (n % 5 == 0) or str(n)
print([cond(i) for i in range(1, 16)])
