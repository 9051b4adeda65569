# yield from through a chain of three generators: values flow down with send(),
# exceptions from throw() reach the innermost frame, close() closes the whole
# chain innermost first, and return values climb back up.
log = []


def leaf(tag):
    total = 0
    try:
        while True:
            try:
                x = yield f"{tag}:{total}"
            except ArithmeticError as e:
                log.append(f"{tag} handled {type(e).__name__}")
                x = 0
            if x is None:
                return total
            total += x
    finally:
        log.append(f"{tag} finally")


def middle():
    a = yield from leaf("L1")
    log.append(f"middle got {a}")
    b = yield from leaf("L2")
    return a + b


def top():
    result = yield from middle()
    log.append(f"top got {result}")
    yield f"done {result}"


g = top()
print(next(g), g.send(5), g.send(7), g.throw(ZeroDivisionError), g.send(1))
print(g.send(None), g.send(100), g.send(None))
print(log)
log.clear()
g = top()
next(g)
g.send(3)
g.close()
print(log)
log.clear()
g = top()
next(g)
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("KeyError escaped:", e, log)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1


def wrapper():
    got = yield from Countdown(3)
    yield ("inner returned", got)
    yield from range(2)
    r = yield from iter([])
    yield ("empty returned", r)


print(list(wrapper()))
