# Generator bodies keep their variables as host locals: parameters of every kind,
# cells shared with inner functions, unbound names, del, send/throw/close.


def params(a, b=2, *args, c, d=4, **kw):
    yield a, b, args, c, d, sorted(kw.items())
    a += 1
    yield a


print(list(params(1, c=3)), list(params(1, 5, 6, 7, c=8, e=9)))


def shared(n):
    total = 0
    add = lambda k: total + k  # noqa: E731
    for i in range(n):
        total += i
        yield add(100), [total * j for j in range(2)]


print(list(shared(3)))


def cell_param(x):
    def show():
        return x
    yield show()
    x = "changed"
    yield show()


print(list(cell_param("first")))


def unbound(flag):
    if flag:
        value = 1
    yield "start"
    yield value


g = unbound(False)
print(next(g))
try:
    next(g)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(list(unbound(True)))


def deleting():
    x = 1
    yield x
    del x
    try:
        yield x
    except NameError as e:
        yield type(e).__name__


print(list(deleting()))


def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except GeneratorExit:
        print("closed with", received)
        raise
    finally:
        print("finally")


g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()


def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
    yield "after"


g = thrower()
print(next(g), g.throw(ValueError("boom")), next(g))


def with_locals(p):
    q = p * 2
    yield sorted(locals().items())


print(list(with_locals(3)))


def nested_gen(rows):
    for row in rows:
        yield (x * 2 for x in row)


print([list(inner) for inner in nested_gen([[1, 2], [3]])])


def names_like_internals(_pbxF, _pbx_t1=5):
    _pbxL = _pbxF + _pbx_t1
    yield _pbxL


print(list(names_like_internals(1)))


def recursive(n):
    if n:
        yield n
        yield from recursive(n - 1)


print(list(recursive(4)))
