# A lazy extract-transform-load pipeline of generators: parse, validate, enrich,
# window and batch; only what is consumed is computed (the trace shows it).
import itertools
from collections import deque

RAW = """ts,sensor,value
1,a,10.5
2,b,7.25
3,a,not-a-number
4,c,3.0
5,a,12.0
6,b,8.0
7,a,11.5
8,c,-1
9,b,9.5
10,a,13.0"""
trace = []


def read(text):
    for lineno, line in enumerate(text.splitlines()[1:], 2):
        trace.append(lineno)
        yield lineno, line.split(",")


def parse(rows):
    for lineno, (ts, sensor, value) in rows:
        try:
            yield {"line": lineno, "ts": int(ts), "sensor": sensor, "value": float(value)}
        except ValueError as e:
            print(f"  skip line {lineno}: {e}")


def valid(records, lo=0.0):
    return (r for r in records if r["value"] >= lo)


def moving_average(records, n=3):
    windows = {}
    for r in records:
        w = windows.setdefault(r["sensor"], deque(maxlen=n))
        w.append(r["value"])
        yield {**r, "avg": round(sum(w) / len(w), 3)}


def batches(iterable, size):
    it = iter(iterable)
    while batch := list(itertools.islice(it, size)):
        yield batch


pipeline = moving_average(valid(parse(read(RAW))))
first = next(pipeline)
print(first, "lines read so far:", trace)
for batch in batches(pipeline, 3):
    print([(r["ts"], r["sensor"], r["avg"]) for r in batch])
print("lines read:", trace)
trace.clear()
top2 = list(itertools.islice(sorted(valid(parse(read(RAW))), key=lambda r: -r["value"]), 2))
print([r["ts"] for r in top2], len(trace))
by_sensor = itertools.groupby(sorted(parse(read(RAW)), key=lambda r: r["sensor"]), key=lambda r: r["sensor"])
print({k: [r["value"] for r in g] for k, g in by_sensor})
squares = (x * x for x in itertools.count(1))
print(list(itertools.takewhile(lambda v: v < 60, squares)), next(squares))
print(list(itertools.accumulate(range(1, 6), lambda a, b: a * b)), list(itertools.chain.from_iterable(["ab", "cd"])))
print(sum(1 for _ in zip(range(5), itertools.repeat(None))), list(itertools.pairwise("abcd")))
