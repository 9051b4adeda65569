"""Interpreter speed against CPython, measured in the same run.

    python benchmarks/run.py [--repeat 5] [--json benchmarks/results/latest.json]

Each program runs in CPython (``exec``) and in the sandbox (a fresh Session with
the default policy), ``repeat`` times each, interleaved; the report shows medians,
the ratio sandbox/CPython per program and the geometric mean of the ratios.
The machine is shared and noisy: compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from interpreter import Policy, Session  # noqa: E402

PROGRAMS: dict[str, str] = {
    "tight_loop": """
s = 0
for i in range(300000):
    s += i
""",
    "recursion_calls": """
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(20)
""",
    "float_math": """
import math
acc = 0.0
for i in range(1, 60000):
    x = i * 0.001
    acc += math.sin(x) * math.cos(x) + x ** 0.5 / (1.0 + x)
""",
    "comprehensions": """
total = 0
for k in range(30):
    squares = [i * i for i in range(3000) if i % 3]
    table = {i: str(i) for i in range(1000)}
    total += len(squares) + len(table) + sum(x for x in range(1000))
""",
    "string_building": """
parts = []
for i in range(40000):
    parts.append(f"item-{i}:{i % 7}")
text = ",".join(parts)
words = text.split(",")
upper = [w.upper() for w in words if w.endswith("3")]
""",
    "oop": """
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def norm2(self):
        return self.x * self.x + self.y * self.y
class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
    def step(self):
        self.pos = self.pos + self.vel
ps = [Particle(Vector(i, i), Vector(1, -1)) for i in range(200)]
for _ in range(60):
    for p in ps:
        p.step()
energy = sum(p.pos.norm2() for p in ps)
""",
    "generators": """
def numbers(n):
    for i in range(n):
        if i % 3:
            yield i
def pairs(it):
    prev = None
    for x in it:
        if prev is not None:
            yield prev + x
        prev = x
total = sum(pairs(numbers(60000)))
""",
    "exceptions_loop": """
def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1
vals = [str(i) if i % 4 else "x" + str(i) for i in range(20000)]
total = 0
for v in vals:
    total += parse(v)
""",
    "closures_sorted": """
def make_key(mod):
    def key(x):
        return (x % mod, -x)
    return key
data = [(i * 7919) % 10007 for i in range(20000)]
for m in (3, 7, 11):
    out = sorted(data, key=make_key(m))
adders = [(lambda k: lambda x: x + k)(k) for k in range(100)]
s = 0
for f in adders * 100:
    s = f(s)
""",
    "asyncio_coroutines": """
import asyncio
async def leaf(i):
    await asyncio.sleep(0)
    return i
async def middle(i):
    return await leaf(i) + await leaf(i + 1)
async def main():
    results = await asyncio.gather(*[middle(i) for i in range(1500)])
    return sum(results)
asyncio.run(main())
""",
}


def _time_cpython(source: str) -> float:
    code = compile(source, "<bench>", "exec")
    start = time.perf_counter()
    exec(code, {"__name__": "__bench__"})  # noqa: S102 - our own benchmark source
    return time.perf_counter() - start


def _time_sandbox(source: str) -> float:
    session = Session(Policy())  # the default policy: every guard and limit on
    start = time.perf_counter()
    result = session.run_cell_sync(source, "<bench>")
    elapsed = time.perf_counter() - start
    if result.error is not None:
        raise RuntimeError(f"benchmark failed in the sandbox:\n{result.traceback}")
    return elapsed


def run(repeat: int, only: list[str] | None = None) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    for name, source in PROGRAMS.items():
        if only and name not in only:
            continue
        cpy, box = [], []
        for _ in range(repeat):
            cpy.append(_time_cpython(source))
            box.append(_time_sandbox(source))
        c, b = statistics.median(cpy), statistics.median(box)
        results[name] = {"cpython_s": c, "sandbox_s": b, "ratio": b / c}
        print(f"{name:20s} cpython {c * 1000:8.2f} ms   sandbox {b * 1000:9.2f} ms   "
              f"ratio {b / c:6.1f}x", flush=True)
    ratios = [r["ratio"] for r in results.values()]
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"{'geometric mean':20s} {geo:.1f}x   (max {max(ratios):.1f}x)")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = run(args.repeat, args.only)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"python": sys.version.split()[0],
                                         "results": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
