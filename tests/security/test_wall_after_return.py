"""Class 3: sandbox code never runs outside its limits after an execution returns.

Finalizers run by the collector later, ``__repr__``/``__str__``/``__hash__`` of a result
the host shows, done-callbacks, ``__notes__`` and ``__str__`` while a traceback is
rendered: all of it runs in the session's context, alarmed, and draws on one small
budget between executions.  Reports of exceptions nobody can catch and warnings go to
the session's output, bounded, never to the host's stderr.
"""

from __future__ import annotations

import asyncio
import decimal
import gc
import sys
import time

import pytest

from interpreter.runtime import POST_EXECUTION_SECONDS
from interpreter.security import hooks

from ._sandbox import OK, after_return

pytestmark = pytest.mark.timeout(120, method="thread")

#: CPU the host may spend on sandbox code after a cell: the budget plus overheads.
CPU_BOUND = POST_EXECUTION_SECONDS + 1.5

ENDLESS_AFTER = [
    pytest.param("class A:\n    def __del__(self):\n        while True:\n            pass\n"
                 "a = A()\na.me = a\ndel a", id="__del__-of-a-cycle"),
    pytest.param("class A:\n    def __del__(self):\n        sum(range(10 ** 12))\n"
                 "a = A()\na.me = a\ndel a", id="__del__-with-a-C-loop"),
    pytest.param("class A:\n    def __del__(self):\n        try:\n            while True:\n"
                 "                pass\n        finally:\n            while True:\n"
                 "                pass\nxs = [A() for _ in range(50)]\nfor x in xs:\n"
                 "    x.me = x\ndel xs, x", id="fifty-finalizers-with-finally"),
    pytest.param("def g():\n    try:\n        yield 1\n    finally:\n        while True:\n"
                 "            pass\nbox = [None]\nit = g()\nbox[0] = it\nit.box = None "
                 "if False else box\nnext(it)\ndel it, box", id="generator-finally"),
    pytest.param("class R:\n    def __repr__(self):\n        while True:\n            pass\n"
                 "    __str__ = __repr__\n    def __hash__(self):\n        while True:\n"
                 "            pass\n    def __bool__(self):\n        while True:\n"
                 "            pass\nR()", id="result-repr-str-hash-bool"),
    pytest.param("class A:\n    def __del__(self):\n        import decimal\n"
                 "        decimal.getcontext().prec = 3\n        decimal.getcontext().traps"
                 "[decimal.Inexact] = True\na = A()\na.me = a\ndel a",
                 id="__del__-changes-decimal-context"),
]


@pytest.mark.parametrize("code", ENDLESS_AFTER)
def test_sandbox_code_after_return_is_bounded(box, capfd, code):
    """The collector and the host's ``repr`` run the sandbox's code: within a budget,
    in the session's context, nothing on the host's stderr."""
    gc.disable()  # the garbage must still be there when the cell has returned
    try:
        out = box.attack(code, None, timeout=5)
    finally:
        gc.enable()
    host_prec = decimal.getcontext().prec
    paid = after_return(out, capfd=capfd)
    assert paid.cpu < CPU_BOUND, f"the host spent {paid.cpu:.2f} s CPU after the cell"
    assert decimal.getcontext().prec == host_prec
    assert not decimal.getcontext().traps[decimal.Inexact]
    assert "Traceback" not in paid.stderr and "Exception ignored" not in paid.stderr, \
        paid.stderr[:2000]
    box.assert_safe(out)


def test_finalizer_budget_is_shared_between_executions(box):
    """A thousand endless finalizers together get the budget, not a thousand times it."""
    s = box.session(timeout=5)
    gc.disable()
    try:  # made in one cell, dropped in the next: old garbage, for the host's collector
        box.attack("class A:\n    def __del__(self):\n        while True:\n            pass\n"
                   "xs = [A() for _ in range(1000)]\nfor x in xs:\n    x.me = x", OK, session=s)
        box.attack("del xs, x", OK, session=s)
    finally:
        gc.enable()
    t0 = time.process_time()
    gc.collect()
    assert time.process_time() - t0 < CPU_BOUND


def test_queued_finalizers_do_not_eat_the_next_cell(box):
    """Finalizers the collector queued run before the next cell, on the old budget."""
    s = box.session(timeout=1)
    box.attack("class A:\n    def __del__(self):\n        while True:\n            pass\n"
               "a = A()\na.me = a", OK, session=s)
    box.attack("del a", OK, session=s)  # the cycle is old now: the cell leaves it
    gc.collect()
    box.assert_alive(s)


@pytest.fixture
def routed_unraisables(monkeypatch):
    """The interpreter's router in front of CPython's default hook (which prints)."""
    monkeypatch.setattr(sys, "unraisablehook", sys.__unraisablehook__)
    hooks.install()
    assert sys.unraisablehook is hooks._unraisable_router
    yield
    monkeypatch.setattr(hooks, "_previous_unraisable", None)


def test_unraisable_flood_goes_to_the_session_bounded(box, capfd, routed_unraisables):
    """Ten thousand failing finalizers: a bounded report in the session, none on stderr."""
    seen: list[str] = []
    s = box.session()
    s.on_stdout = seen.append
    gc.disable()
    try:
        box.attack("class A:\n    def __del__(self):\n        raise ValueError('x' * 10000)\n"
                   "for i in range(10000):\n    a = A()\n    a.me = a\ndel a", OK, session=s)
    finally:
        gc.enable()
    capfd.readouterr()
    gc.collect()  # queued: they run before the next execution, on the old budget
    box.attack("1", OK, session=s)
    err = capfd.readouterr().err
    assert "ValueError" not in err and "Exception ignored" not in err, err[:1000]
    text = "".join(seen)
    assert text.count("Exception ignored in") <= hooks.MAX_REPORTS
    assert "not shown" in text
    assert len(text) < (hooks.MAX_REPORTS + 2) * (hooks.MAX_REPORT_CHARS + 200)


def test_unraisable_from_host_code_keeps_going_to_the_host(routed_unraisables, capfd):
    """The router sends the host's own reports on to the hook that was there before."""
    class HostThing:
        def __del__(self):
            raise KeyError("host's own")
    h = HostThing()
    del h
    assert "host's own" in capfd.readouterr().err


def test_warnings_from_sandbox_code_go_to_the_session(box, capfd):
    """A coroutine never awaited warns at collection: on the session, not the host."""
    seen: list[str] = []
    hooks.install()
    s = box.session()
    s.output.on_event = lambda kind, content: seen.append(
        content.get("text", "") if content.get("name") == "stderr" else "")
    s.run_cell_sync("import warnings\nwarnings.simplefilter('always')")
    box.attack("async def f():\n    pass\nfor i in range(100):\n    f()", OK, session=s)
    capfd.readouterr()
    gc.collect()
    err = capfd.readouterr().err
    assert "never awaited" not in err, err
    text = "".join(seen)
    assert "RuntimeWarning" in text and text.count("RuntimeWarning") <= hooks.MAX_REPORTS + 1


def test_done_callback_after_the_cell_is_bounded(box):
    """A task that outlives its cell calls back endless sandbox code: bounded."""
    async def main():
        s = box.session(timeout=5)
        r = await s.run_cell(
            "import asyncio\ndef cb(fut):\n    while True:\n        pass\n"
            "async def later():\n    await asyncio.sleep(0.05)\n"
            "t = asyncio.create_task(later())\nt.add_done_callback(cb)")
        assert r.error is None, r.traceback
        t0 = time.process_time()
        await asyncio.sleep(0.3)
        return time.process_time() - t0
    cpu = asyncio.run(main())
    assert cpu < CPU_BOUND, f"{cpu:.2f} s of CPU in a done-callback after the cell"


# ---------------------------------------------------------------------------
# Rendering tracebacks

@pytest.mark.parametrize("code", [
    pytest.param("e = ValueError('x')\nfor i in range(100000):\n    e.add_note('n' * 100)\n"
                 "raise e", id="100k-notes"),
    pytest.param("e = ValueError('x')\ne.add_note('n' * 10 ** 7)\nraise e", id="huge-note"),
    pytest.param("e = None\nfor i in range(100000):\n    try:\n        raise ValueError(i) "
                 "from e\n    except ValueError as x:\n        e = x\nraise e",
                 id="100k-cause-chain"),
    pytest.param("e = ValueError(0)\nfor i in range(200):\n"
                 "    e = ExceptionGroup(str(i), [e, ValueError(i)])\nraise e",
                 id="200-deep-exception-group"),
    pytest.param("raise ExceptionGroup('wide', [ValueError(i) for i in range(100000)])",
                 id="100k-wide-exception-group"),
    pytest.param("class E(Exception):\n    def __str__(self):\n        while True:\n"
                 "            pass\nraise E()", id="endless-__str__"),
    pytest.param("class N:\n    def __str__(self):\n        while True:\n            pass\n"
                 "e = ValueError('x')\ne.__notes__ = [N()]\nraise e", id="endless-note-__str__"),
])
def test_traceback_rendering_is_bounded(box, code):
    out = box.attack(code, None, timeout=5)
    assert out.error is not None
    assert out.elapsed < 5 + CPU_BOUND, out.describe()
    assert len(out.traceback) < 500_000
    if "group" in code:
        assert "max_group_depth is 10" in out.traceback or "more exceptions" in \
            out.traceback, out.traceback[-2000:]


def test_render_reads_no_properties_cpython_does_not(box):
    """``__cause__``, ``__context__`` and ``__notes__`` are read from the exception itself:
    a class-level property does not run while the host renders."""
    out = box.attack("class E(Exception):\n    @property\n    def __notes__(self):\n"
                     "        while True:\n            pass\nraise E('x')", None, timeout=5)
    assert out.elapsed < 5, out.describe()
    assert "E: x" in out.traceback
