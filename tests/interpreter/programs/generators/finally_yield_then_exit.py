# A finally block entered because an exception is propagating, which yields and
# then leaves with return / break / continue: the exception is discarded and the
# finally body runs once.
def swallow_by_return():
    try:
        raise KeyError("lost")
    finally:
        print("  finally runs")
        yield "from finally"
        return "swallowed"


def swallow_by_break():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            print("  finally", i)
            yield i
            break
    return "after break"


def swallow_by_continue():
    for i in range(2):
        try:
            raise ValueError(i)
        finally:
            yield i
            continue
    return "after continue"


def run(gen):
    values = []
    try:
        while True:
            values.append(next(gen))
    except StopIteration as stop:
        return values, stop.value


for f in (swallow_by_return, swallow_by_break, swallow_by_continue):
    print(f.__name__, run(f()))


def rethrown():
    try:
        raise KeyError("kept")
    finally:
        yield "cleanup"


g = rethrown()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError propagates after the yield:", e)
