log = []

def v(name, value=None):
    log.append(name)
    return value if value is not None else name

def f(*args, **kwargs):
    return args, kwargs

print(f(v('a'), v('b'), k=v('c'), *[v('d')], **{'z': v('e')}))
print(log)
log.clear()

def g(x=v('default-evaluated-at-def')):
    return x

print(log)
log.clear()
print(g(), g(v('explicit')))
print(log)
log.clear()
v('callee', f)(v('arg1'), v('arg2'))
print(log)
log.clear()
d = {}
d[v('key')] = v('value')
print(log, d)
