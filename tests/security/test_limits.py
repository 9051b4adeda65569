"""Resource limits: time, operations, recursion, memory, output, tasks.

Each attack must end with the right limit error within a generous bound, and the same
session must keep working afterwards (new cells run, earlier variables are kept).  Limit
errors cannot be swallowed by user code: not by ``except BaseException``, not by a
``finally`` that loops, not by ``contextlib.suppress``, ``__exit__`` or
``asyncio.gather(return_exceptions=True)``.
"""

from __future__ import annotations

import resource
import sys

import psutil
import pytest

from interpreter.errors import (
    LimitExceeded,
    MemoryLimitExceeded,
    OperationLimitExceeded,
    TimeLimitExceeded,
)

from ._sandbox import OK

pytestmark = pytest.mark.timeout(90, method="thread")

BOUND = 10.0  # seconds: generous, the limit itself is 1-2 s
KEEP = {"keep": 41}


@pytest.fixture(autouse=True)
def _address_space_cap():
    """Cap the test process's address space so a missing memory limit cannot take the
    machine down: a bomb that gets past the sandbox then fails with a host MemoryError."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = psutil.Process().memory_info().vms + 6 * 2**30
    for other in (soft, hard):
        if other != resource.RLIM_INFINITY:
            cap = min(cap, other)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _limited(box, code, expect, *, bound=BOUND, **policy):
    """Run ``code`` in a session with ``policy``; check the limit, the bound, the session.

    A test of the time limit turns the operation limit off: a fast interpreter would
    otherwise reach it first."""
    if isinstance(expect, tuple) and expect == (TimeLimitExceeded,):
        policy.setdefault("max_operations", None)
    s = box.session(**policy)
    setup = box.run("keep = 41", session=s, name="Cell In[1]")
    assert setup.error is None, setup.describe()
    out = box.attack(code, expect, session=s)
    assert out.elapsed < bound, f"the limit took {out.elapsed:.1f} s\n{out.describe()}"
    box.assert_alive(s, keep=KEEP)
    return out


# ---------------------------------------------------------------------------
# Time

TIME_BOMBS = [
    pytest.param("while True:\n    pass", id="infinite-loop"),
    pytest.param("while True:\n    try:\n        while True:\n            pass\n"
                 "    except BaseException:\n        pass", id="loop-catching-BaseException"),
    pytest.param("def spin():\n    while True:\n        try:\n            while True:\n"
                 "                pass\n        except BaseException as e:\n            continue\n"
                 "spin()", id="function-catching-BaseException-and-continuing"),
    pytest.param("try:\n    while True:\n        pass\nfinally:\n    while True:\n        pass",
                 id="finally-that-loops-forever"),
    pytest.param("import contextlib\nwhile True:\n    with contextlib.suppress(BaseException):\n"
                 "        while True:\n            pass", id="contextlib.suppress(BaseException)"),
    pytest.param("class Swallow:\n    def __enter__(self):\n        return self\n"
                 "    def __exit__(self, *exc):\n        return True\n"
                 "while True:\n    with Swallow():\n        while True:\n            pass",
                 id="__exit__-returning-True"),
    pytest.param("class M(type):\n    def __subclasscheck__(cls, sub):\n        return True\n"
                 "    def __instancecheck__(cls, inst):\n        return True\n"
                 "class Catch(BaseException, metaclass=M):\n    pass\n"
                 "while True:\n    try:\n        while True:\n            pass\n"
                 "    except Catch:\n        pass", id="metaclass-__subclasscheck__-catch-all"),
    pytest.param("while True:\n    try:\n        while True:\n            pass\n"
                 "    except* BaseException:\n        pass", id="except-star-BaseException"),
    pytest.param("def g():\n    while True:\n        try:\n            yield\n"
                 "        except BaseException:\n            pass\nfor _ in g():\n    pass",
                 id="generator-loop"),
    pytest.param("import time\ntime.sleep(100)", id="time.sleep(100)"),
    pytest.param("import asyncio\nawait asyncio.sleep(100)", id="await-asyncio.sleep(100)"),
    pytest.param("import asyncio\nasync def spin():\n    while True:\n        pass\n"
                 "r = await asyncio.gather(spin(), return_exceptions=True)\nprint('escaped', r)",
                 id="gather-return_exceptions"),
    pytest.param("import asyncio\nasync def spin():\n    while True:\n        try:\n"
                 "            await asyncio.sleep(0)\n        except BaseException:\n"
                 "            pass\nawait spin()", id="async-loop-catching-cancellation"),
    pytest.param("import asyncio\nasync def spin():\n    while True:\n        pass\n"
                 "try:\n    await asyncio.wait_for(spin(), 100)\nexcept BaseException:\n"
                 "    pass\nwhile True:\n    pass", id="wait_for-then-loop"),
    pytest.param("import re\nre.match(r'(a+)+$', 'a' * 40 + 'b')", id="catastrophic-regex"),
    pytest.param("x = 10 ** 10 ** 9", id="10**10**9"),
    pytest.param("sorted(range(10), key=lambda k: next(x for x in iter(int, 1) if x))",
                 id="endless-key-callback-inside-host-sorted"),
]


@pytest.mark.parametrize("code", TIME_BOMBS)
def test_time_limit(box, code):
    """Endless work ends with TimeLimitExceeded (timeout=1 s) and the session lives on."""
    expect = (LimitExceeded,) if "10 ** 10" in code else (TimeLimitExceeded,)
    _limited(box, code, expect, timeout=2 if "re.match" in code else 1)


def test_limit_error_reports_location(box):
    """The limit error says where it hit (line of the loop)."""
    out = _limited(box, "x = 0\nwhile True:\n    x += 1", (TimeLimitExceeded,), timeout=1)
    assert "line 2" in out.traceback or "line 3" in out.traceback, out.describe()


def test_timeout_from_execute(box):
    """``execute(code, timeout=...)`` ends an endless loop with the original API's words."""
    out = box.execute("import time\nwhile True:\n    time.sleep(0.01)", timeout=1)
    assert out.error is not None and out.error.startswith(
        "TimeoutError: Execution exceeded 1 seconds"), out.describe()
    assert out.elapsed < BOUND
    box.assert_safe(out)


# ---------------------------------------------------------------------------
# Operations and recursion


def test_max_operations(box):
    """A loop past ``max_operations`` ends with OperationLimitExceeded."""
    _limited(box, "for i in range(10 ** 9):\n    pass", (OperationLimitExceeded,),
             max_operations=10_000, timeout=20)


def test_max_operations_cannot_be_swallowed(box):
    """OperationLimitExceeded passes through ``except BaseException``."""
    _limited(box, "def f():\n    for i in range(10 ** 9):\n        pass\nwhile True:\n"
             "    try:\n        f()\n    except BaseException:\n        pass",
             (OperationLimitExceeded,), max_operations=50_000, timeout=20)


def test_deep_recursion_is_a_recursion_error(box):
    """Unbounded recursion is a RecursionError inside the sandbox; the host never hits its own."""
    limit_before = sys.getrecursionlimit()
    _limited(box, "def f(n):\n    return f(n + 1)\nf(0)", (RecursionError,))
    assert sys.getrecursionlimit() == limit_before


def test_recursion_error_is_catchable(box):
    """User code can catch the RecursionError and carry on."""
    out = _limited(box, "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\n"
                   "except RecursionError:\n    caught = True\ncaught", OK)
    assert out.value is True, out.describe()


def test_recursion_depth_is_configurable(box):
    """``max_recursion_depth`` sets the depth: 40 frames fit in 50, 60 do not."""
    code = "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n"
    s = box.session(max_recursion_depth=50)
    assert box.attack(code + "f(40)", OK, session=s).value == 40
    box.attack(code + "f(60)", (RecursionError,), session=s)
    box.assert_alive(s)


RECURSIONS = [
    pytest.param("class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())",
                 id="recursion-in-__repr__"),
    pytest.param("class A:\n    def __getattr__(self, n):\n        return self.missing\nA().x",
                 id="recursion-in-__getattr__"),
    pytest.param("def f(n):\n    return list(map(f, [n + 1]))\nf(0)",
                 id="recursion-through-host-map"),
    pytest.param("def f(x):\n    return sorted([x, x + 1], key=f)\nf(0)",
                 id="recursion-through-host-sorted"),
    pytest.param("import json\nclass A:\n    pass\n"
                 "json.dumps(A(), default=lambda o: [o])", id="recursion-through-json-default"),
    pytest.param("class A:\n    def __eq__(self, other):\n        return [self] == [other]\n"
                 "A() == A()", id="recursion-in-__eq__"),
    pytest.param("x = []\nfor _ in range(200000):\n    x = [x]\nrepr(x)",
                 id="deeply-nested-list-repr"),
]


@pytest.mark.parametrize("code", RECURSIONS)
def test_recursion_variants(box, code):
    """Recursion through dunders, host callbacks and nested data ends with RecursionError."""
    limit_before = sys.getrecursionlimit()
    _limited(box, code, (RecursionError, ValueError))
    assert sys.getrecursionlimit() == limit_before


# ---------------------------------------------------------------------------
# Memory

MEMORY_BOMBS = [
    pytest.param("'a' * 10 ** 12", id="str-repeat-10**12"),
    pytest.param("[0] * 10 ** 11", id="list-repeat-10**11"),
    pytest.param("bytes(10 ** 12)", id="bytes(10**12)"),
    pytest.param("bytearray(10 ** 12)", id="bytearray(10**12)"),
    pytest.param("2 ** (10 ** 12)", id="2**(10**12)"),
    pytest.param("1 << 10 ** 12", id="1<<10**12"),
    pytest.param("list(range(10 ** 12))", id="list(range(10**12))"),
    pytest.param("x = 'ab'\nx *= 10 ** 12", id="inplace-str-repeat"),
    pytest.param("'x'.join(['y' * 10 ** 6] * 10 ** 6)", id="join-of-huge"),
    pytest.param("''.join('y' * 10 ** 6 for _ in range(10 ** 6))", id="join-of-generator"),
    pytest.param("'{:>{w}}'.format(1, w=10 ** 12)", id="format-width-bomb"),
    pytest.param("'x'.ljust(10 ** 12)", id="ljust-bomb"),
    pytest.param("import itertools\nlist(itertools.repeat(0, 10 ** 12))", id="itertools.repeat"),
]


@pytest.mark.parametrize("code", MEMORY_BOMBS)
def test_memory_bomb(box, code):
    """Huge allocations end quickly with a memory error and the session lives on."""
    _limited(box, code, (MemoryLimitExceeded, MemoryError, OverflowError, ValueError,
                         TimeLimitExceeded), timeout=5, bound=15)


PRECHECKED = [
    pytest.param("x = 'a' * (300 * 2 ** 20)", id="str-repeat-300MB"),
    pytest.param("x = [0] * (40 * 2 ** 20)", id="list-repeat-320MB"),
    pytest.param("x = bytes(300 * 2 ** 20)", id="bytes-300MB"),
    pytest.param("x = bytearray(300 * 2 ** 20)", id="bytearray-300MB"),
    pytest.param("x = 1 << (8 * 300 * 2 ** 20)", id="shift-300MB"),
    pytest.param("x = 2 ** (8 * 300 * 2 ** 20)", id="power-300MB"),
]


@pytest.mark.parametrize("code", PRECHECKED)
def test_bulk_allocation_prechecked(box, code):
    """A single bulk allocation over the limit (with max_memory_mb=100) is refused up front."""
    _limited(box, code, (MemoryLimitExceeded,), max_memory_mb=100, timeout=10, bound=15)


def test_memory_grows_in_a_loop(box):
    """A list growing in a loop stops at the memory limit (max_memory_mb=200)."""
    _limited(box, "l = []\nwhile True:\n    l.append(' ' * 10 ** 6 + str(len(l)))",
             (MemoryLimitExceeded,), max_memory_mb=200, timeout=20, bound=20)
    box.run("del l", session=box.sessions[-1])


ONE_HOST_CALL = [
    pytest.param("x = dict.fromkeys(range(10 ** 7))", id="dict.fromkeys"),
    pytest.param("import itertools\nx = list(itertools.chain.from_iterable([range(2 * 10 ** 7)]))",
                 id="list(chain.from_iterable)"),
    pytest.param("x = ('a' * 600).replace('a', 'x' * 10 ** 6)", id="str.replace-amplification"),
    pytest.param("x = (1).to_bytes(600 * 2 ** 20, 'little')", id="int.to_bytes"),
]


@pytest.mark.parametrize("code", ONE_HOST_CALL)
def test_memory_inside_one_host_call(box, code):
    """~600 MB allocated inside one host C call (no sandbox tick runs during it) still ends
    with MemoryLimitExceeded (max_memory_mb=100), at the latest when the cell ends."""
    _limited(box, code + "\ny = 1", (MemoryLimitExceeded,), max_memory_mb=100, timeout=20,
             bound=20)


# ---------------------------------------------------------------------------
# Output


def test_output_flood_is_truncated(box):
    """``while True: print(...)`` with max_output_bytes=10_000: bounded output with a notice."""
    chunks: list[str] = []
    from interpreter import Policy, Session

    s = Session(policy=Policy(timeout=1, max_output_bytes=10_000), on_stdout=chunks.append)
    box.sessions.append(s)
    setup = box.run("keep = 41", session=s)
    assert setup.error is None, setup.describe()
    out = box.attack("while True:\n    print('x' * 1000)", (TimeLimitExceeded,), session=s)
    assert out.elapsed < BOUND, out.describe()
    streamed = "".join(chunks)
    for text in (out.stdout, streamed):
        assert len(text) < 12_000, f"output not bounded: {len(text)} characters"
    assert "truncated" in (out.stdout + streamed).lower(), "no truncation notice"
    box.assert_alive(s, keep=KEEP)


def test_single_huge_print_is_truncated(box):
    """One ``print`` of 10 MB is cut to the output limit."""
    s = box.session(max_output_bytes=10_000)
    out = box.attack("print('x' * 10 ** 7)\n1", None, session=s)
    assert len(out.stdout) < 12_000 and "truncated" in out.stdout.lower(), out.describe()
    box.assert_alive(s)


@pytest.mark.parametrize("code", [
    pytest.param("print(TOKEN)", id="print"),
    pytest.param("import typing\ntyping.reveal_type(TOKEN)", id="typing.reveal_type"),
    pytest.param("import re\nre.compile('[[' + TOKEN + ']')", id="re-FutureWarning",
                 marks=pytest.mark.filterwarnings("ignore::FutureWarning")),
    pytest.param("import asyncio\nasync def boom():\n    raise ValueError(TOKEN)\n"
                 "asyncio.create_task(boom())\nawait asyncio.sleep(0.01)",
                 id="never-retrieved-task-exception"),
])
def test_cell_output_never_reaches_host_streams(capfd, box, code):
    """Text a cell produces goes through the session (and its output limit), not to the
    host's own stdout/stderr where no limit applies."""
    token = "pbxhostleak" + "0123456789"
    box.attack(code.replace("TOKEN", repr(token)), None)
    import gc

    gc.collect()
    captured = capfd.readouterr()
    assert token not in captured.out + captured.err, "cell text reached the host's streams"


# ---------------------------------------------------------------------------
# Tasks


def test_thousands_of_endless_tasks(box):
    """10_000 never-ending tasks: the cell ends (or times out) and the session still works."""
    _limited(box, "import asyncio\nfor _ in range(10000):\n"
             "    asyncio.create_task(asyncio.sleep(10 ** 6))\nawait asyncio.sleep(0)",
             None, timeout=5, bound=20)


def test_busy_background_tasks_do_not_starve_the_session(box):
    """Tasks that spin forever after their cell ended do not block later cells."""
    _limited(box, "import asyncio\nasync def spin():\n    while True:\n"
             "        await asyncio.sleep(0)\n"
             "tasks = [asyncio.create_task(spin()) for _ in range(100)]\n"
             "await asyncio.sleep(0.1)", None, timeout=2, bound=20)


def test_background_task_that_never_yields(box):
    """A task that never yields (busy loop without await) is stopped by the time limit."""
    _limited(box, "import asyncio\nasync def hog():\n    while True:\n        pass\n"
             "t = asyncio.create_task(hog())\nawait asyncio.sleep(0.1)",
             (TimeLimitExceeded,), timeout=1)
