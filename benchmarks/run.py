"""Interpreter speed against CPython, measured in the same run, and the issue-9 targets.

    python benchmarks/run.py [--repeat 5] [--only NAME ...] [--clock cpu|wall]
                             [--json benchmarks/results/latest.json]

Each program runs in its own child process, in CPython (``exec``) and in the
sandbox (a fresh Session with the default policy), ``repeat`` times each,
interleaved; the report shows medians,
the ratio sandbox/CPython per program and the geometric mean of the ratios, then
the targets with PASS/MISS: geometric mean at most 5x, no program above 15x, and
the cost per call of ``fib(27)`` within 1.3x of ``fib(20)`` (recursion cost flat
with the number of calls).  The programs are the short ones below and every file
in ``benchmarks/programs/`` (standalone scripts: ``python benchmarks/programs/go.py``
runs one in CPython).  Times are process CPU time by default (``--clock wall`` for
elapsed time).  The machine is shared and noisy: compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
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


PROGRAMS_DIR = Path(__file__).resolve().parent / "programs"
PROGRAMS.update((p.stem, p.read_text(encoding="utf-8")) for p in sorted(PROGRAMS_DIR.glob("*.py")))

TARGET_GEOMEAN = 5.0
TARGET_MAX = 15.0
TARGET_FIB_PER_CALL = 1.3
#: the two programs whose cost per call is compared, and the n of their fib(n)
FIB_SMALL = ("recursion_calls", 20)
FIB_LARGE = ("recursion_fib27", 27)

CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}
_clock = CLOCKS["cpu"]


def fib_calls(n: int) -> int:
    """How many calls the naive recursive ``fib(n)`` makes."""
    a, b = 1, 1  # calls(0), calls(1)
    for _ in range(n - 1):
        a, b = b, a + b + 1
    return b if n >= 1 else a


def _time_cpython(source: str) -> float:
    code = compile(source, "<bench>", "exec")
    start = _clock()
    exec(code, {"__name__": "__bench__"})  # noqa: S102 - our own benchmark source
    return _clock() - start


def _time_sandbox(source: str) -> float:
    session = Session(Policy())  # the default policy: every guard and limit on
    start = _clock()
    result = session.run_cell_sync(source, "<bench>")
    elapsed = _clock() - start
    if result.error is not None:
        raise RuntimeError(f"benchmark failed in the sandbox:\n{result.traceback}")
    return elapsed


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def targets(results: dict[str, dict]) -> dict[str, dict]:
    """The issue's three targets from one run's results (failed programs count as misses)."""
    ratios = {name: r["ratio"] for name, r in results.items() if "ratio" in r}
    failed = sorted(name for name, r in results.items() if "error" in r)
    out: dict[str, dict] = {}
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios.values()) / len(ratios))
        worst = max(ratios, key=ratios.__getitem__)
        out["geometric_mean"] = {"value": geo, "target": TARGET_GEOMEAN,
                                 "pass": geo <= TARGET_GEOMEAN and not failed}
        out["max_ratio"] = {"value": ratios[worst], "program": worst, "target": TARGET_MAX,
                            "pass": ratios[worst] <= TARGET_MAX and not failed}
    small, large = results.get(FIB_SMALL[0], {}), results.get(FIB_LARGE[0], {})
    if "ratio" in small and "ratio" in large:
        per_call = {}
        for side in ("sandbox", "cpython"):
            per_call[side] = (large[f"{side}_s"] / fib_calls(FIB_LARGE[1]),
                              small[f"{side}_s"] / fib_calls(FIB_SMALL[1]))
        box_large, box_small = per_call["sandbox"]
        value = box_large / box_small
        out["fib_per_call"] = {
            "value": value, "target": TARGET_FIB_PER_CALL, "pass": value <= TARGET_FIB_PER_CALL,
            "sandbox_us_per_call": {f"fib({FIB_SMALL[1]})": box_small * 1e6,
                                    f"fib({FIB_LARGE[1]})": box_large * 1e6},
            "cpython_ratio": per_call["cpython"][0] / per_call["cpython"][1],
        }
    if failed:
        out["failed"] = {"programs": failed, "pass": False}
    return out


def print_targets(t: dict[str, dict]) -> None:
    print("-" * 78)
    if "geometric_mean" in t:
        g = t["geometric_mean"]
        print(f"{'geometric mean':26s} {g['value']:6.1f}x   target <= {g['target']:g}x    "
              f"{_verdict(g['pass'])}")
        m = t["max_ratio"]
        print(f"{'max program ratio':26s} {m['value']:6.1f}x   target <= {m['target']:g}x   "
              f"{_verdict(m['pass'])}  ({m['program']})")
    if "fib_per_call" in t:
        f = t["fib_per_call"]
        us = f["sandbox_us_per_call"]
        (small_name, small_us), (large_name, large_us) = us.items()
        print(f"{'fib(27)/fib(20) per call':26s} {f['value']:6.2f}x   target <= {f['target']:g}x   "
              f"{_verdict(f['pass'])}  (sandbox {small_us:.2f} -> {large_us:.2f} us per call; "
              f"CPython {f['cpython_ratio']:.2f}x)")
    else:
        print(f"{'fib(27)/fib(20) per call':26s} not measured (needs {FIB_SMALL[0]} and {FIB_LARGE[0]})")
    if "failed" in t:
        print(f"{'failed in the sandbox':26s} {', '.join(t['failed']['programs'])}   MISS")


def measure(name: str, repeat: int) -> dict:
    """Time one program ``repeat`` times in CPython and in the sandbox, interleaved."""
    source = PROGRAMS[name]
    cpy, box = [], []
    try:
        for _ in range(repeat):
            cpy.append(_time_cpython(source))
            box.append(_time_sandbox(source))
    except RuntimeError as e:
        return {"error": str(e)}
    return {"cpython": cpy, "sandbox": box}


def _measure_in_child(name: str, repeat: int, clock: str) -> dict:
    """``measure`` in a fresh interpreter, so no program inherits another's heap,
    threads or frame-stack state."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name,
           "--repeat", str(repeat), "--clock", clock]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        return {"error": f"worker exited with {proc.returncode}:\n{proc.stderr}"}
    return json.loads(proc.stdout.splitlines()[-1])


def run(repeat: int, only: list[str] | None = None, clock: str = "cpu") -> dict[str, dict]:
    results: dict[str, dict] = {}
    for name in PROGRAMS:
        if only and name not in only:
            continue
        times = _measure_in_child(name, repeat, clock)
        if "error" in times:
            results[name] = {"error": times["error"]}
            print(f"{name:20s} FAILED: {times['error'].strip().splitlines()[-1]}", flush=True)
            continue
        c, b = statistics.median(times["cpython"]), statistics.median(times["sandbox"])
        results[name] = {"cpython_s": c, "sandbox_s": b, "ratio": b / c}
        print(f"{name:20s} cpython {c * 1000:8.2f} ms   sandbox {b * 1000:9.2f} ms   "
              f"ratio {b / c:6.1f}x", flush=True)
    return results


def main() -> None:
    global _clock
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", nargs="*", choices=sorted(PROGRAMS), metavar="NAME")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="cpu")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--worker", choices=sorted(PROGRAMS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    _clock = CLOCKS[args.clock]
    if args.worker:  # one program in this process; the parent reads the JSON line
        print(json.dumps(measure(args.worker, args.repeat)))
        return
    results = run(args.repeat, args.only, args.clock)
    summary = targets(results)
    print_targets(summary)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"python": sys.version.split()[0], "clock": args.clock,
                                         "repeat": args.repeat, "results": results,
                                         "targets": summary}, indent=2) + "\n")


if __name__ == "__main__":
    main()
