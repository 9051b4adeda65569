# Coroutine-style generator pipelines (David Beazley style): a source pushes into
# filters and sinks with send(); throw() injects errors that are handled or
# propagate; close() runs the finally blocks from the sink back up.
import functools

events = []


def coroutine(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line.upper())
    except GeneratorExit:
        events.append("grep closing")
        target.close()
        raise


@coroutine
def counter(target):
    n = 0
    try:
        while True:
            try:
                item = yield n
            except ValueError as e:
                events.append(f"counter handled {e}")
                continue
            n += 1
            target.send((n, item))
    finally:
        events.append(f"counter finally after {n}")


@coroutine
def sink(results):
    try:
        while True:
            results.append((yield))
    finally:
        events.append("sink finally")


results = []
pipeline = grep("py", counter(sink(results)))
for line in ["python rocks", "java", "pypy is fast", "cpython", "rust"]:
    pipeline.send(line)
print(results)
c = counter(sink(results))
print(c.send("x"), c.throw(ValueError("bad item")), c.send("y"))
c.close()
print(events)
try:
    c.send("after close")
except StopIteration:
    print("StopIteration after close")
pipeline.close()
print(events[-3:])


def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            return total, count
        total += value
        count += 1
        avg = total / count


def grouper(results, key):
    while True:
        results[key] = yield from averager()


data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]}
out = {}
for key, values in data.items():
    g = grouper(out, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print({k: (round(t, 2), n) for k, (t, n) in out.items()})


def resilient():
    while True:
        try:
            x = yield
            print("got", x)
        except KeyError as e:
            print("recovered from", repr(e))
            yield "recovered"


r = resilient()
next(r)
r.send(1)
print(r.throw(KeyError("k")))
next(r)
r.send(2)
try:
    r.throw(TypeError("fatal"))
except TypeError as e:
    print("propagated:", e)
print(r.gi_running, next(r, "exhausted"))


def refuses_to_close():
    try:
        yield 1
    except GeneratorExit:
        yield "nope"


g = refuses_to_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
