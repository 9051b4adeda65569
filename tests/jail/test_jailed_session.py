"""``JailedSession`` has the API of ``Session``; ``execute_async(isolation="process")``
offers it through the original API; host tools are called by name with JSON data."""

from __future__ import annotations

import asyncio
import time

import pytest

from interpreter import (
    JailedSession,
    Policy,
    RemoteValue,
    Session,
    SessionFacade,
    execute,
    execute_async,
    open_session,
)


def test_both_kinds_implement_the_facade() -> None:
    jailed = JailedSession(Policy(timeout=5))
    try:
        for session in (Session(Policy(timeout=5)), jailed):
            assert isinstance(session, SessionFacade)
            assert session.isolation in ("inprocess", "process")
    finally:
        jailed.close()
    with pytest.raises(ValueError):
        open_session(isolation="container")


@pytest.mark.parametrize("isolation", ["inprocess", "process"])
def test_same_answers_from_both_kinds(isolation: str) -> None:
    async def scenario() -> list[object]:
        events: list[tuple[str, dict]] = []
        s = open_session(Policy(timeout=5), isolation=isolation,
                         on_event=lambda t, c: events.append((t, c)))
        try:
            a = await s.run_cell("import math\nclass P:\n    def _repr_html_(self):\n"
                                 "        return '<p>'\n    def __repr__(self):\n"
                                 "        return 'P()'\nprint('hi')\nP()", "Cell In[1]",
                                 result_bundle=True)
            b = await s.run_cell("math.sqrt(16)")
            c = await s.run_cell("1/0", "Cell In[3]")
            comp = await s.complete("math.sq", 7)
            insp = await s.inspect("math.sqrt", 9)
            await s.reset()
            d = await s.run_cell("'math' in dir()")
            return [a.data, a.stdout, b.value, c.ename, c.evalue, c.traceback.splitlines()[-1],
                    "\x1b[" in (c.color_traceback or ""), comp["matches"], insp["found"],
                    d.value, [e for e in events if e[0] == "stream"]]
        finally:
            s.close()
    got = asyncio.run(scenario())
    assert got == [{"text/plain": "P()", "text/html": "<p>"}, "hi\n", 4.0,
                   "ZeroDivisionError", "division by zero", "ZeroDivisionError: division by zero",
                   True, ["sqrt"], True, False,
                   [("stream", {"name": "stdout", "text": "hi\n"})]]


def test_values_that_are_not_json_come_back_as_their_repr() -> None:
    async def scenario() -> tuple[object, object]:
        s = JailedSession(Policy(timeout=5))
        try:
            r = await s.run_cell("class A:\n    def __repr__(self):\n        return 'A!'\nA()")
            q = await s.run_cell("{'a': [1, 2.5, None, True]}")
            return r.value, q.value
        finally:
            s.close()
    value, plain = asyncio.run(scenario())
    assert isinstance(value, RemoteValue) and repr(value) == "A!"
    assert plain == {"a": [1, 2.5, None, True]}


def test_tools_are_host_functions_called_with_json() -> None:
    calls: list[tuple] = []

    def lookup(city: str, *, units: str = "C") -> dict:
        calls.append((city, units))
        return {"city": city, "temp": 21, "units": units}

    def broken() -> None:
        raise ValueError("no data")

    async def scenario() -> list[object]:
        s = JailedSession(Policy(timeout=5), tools={"lookup": lookup, "broken": broken})
        try:
            a = await s.run_cell("lookup('Oslo', units='F')['temp'] + 1")
            b = await s.run_cell("broken()")
            c = await s.run_cell("lookup(object())")
            return [a.value, b.ename, b.evalue, c.ename]
        finally:
            s.close()
    got = asyncio.run(scenario())
    assert got == [22, "ToolError", "ValueError: no data", "TypeError"]
    assert calls == [("Oslo", "F")]


def test_execute_async_in_a_process() -> None:
    res = execute("def f(x):\n    return x * 2\nprint('p')\nf(21)", echo_stdout=False,
                  isolation="process")
    assert res.result == 42 and res.error is None and res.stdout == "p\n"
    assert isinstance(res.local_variables["f"], RemoteValue)
    res = execute("async def main(a, b=1):\n    return a + b", entry_point="main", args=(2,),
                  kwargs={"b": 5}, echo_stdout=False, isolation="process")
    assert res.result == 7, res.error
    res = execute("x = 1\n1/0", echo_stdout=False, isolation="process")
    assert res.error.startswith("ZeroDivisionError: division by zero")
    assert res.local_variables == {"x": 1}

    async def inside_a_loop() -> object:
        return await execute_async("sum(range(10))", echo_stdout=False, isolation="process",
                                   timeout=5)
    assert asyncio.run(inside_a_loop()).result == 45


def test_input_wait_does_not_count_against_the_timeout_in_process() -> None:
    def slow_person(prompt: str) -> str:
        time.sleep(2.5)
        return "yes"
    s = Session(Policy(timeout=1.5), input_func=lambda p: _paused(s, slow_person, p))
    r = s.run_cell_sync("answer = input('? ')\nanswer")
    assert r.error is None and r.value == "yes", r.traceback
    r = asyncio.run(s.run_cell("import asyncio\nawait asyncio.sleep(0)\nanswer = input('? ')\n"
                               "answer"))
    assert r.error is None and r.value == "yes", r.traceback
    r = s.run_cell_sync("while True:\n    pass")
    assert r.ename == "TimeLimitExceeded"


def _paused(session: Session, fn, prompt: str) -> str:  # noqa: ANN001
    with session.paused_clock():
        return fn(prompt)


def test_input_through_the_jail() -> None:
    async def scenario() -> list[object]:
        s = JailedSession(Policy(timeout=1.5), input_func=lambda p: (time.sleep(2.5), p * 2)[1])
        try:
            a = await s.run_cell("input('ab')")
            b = await s.run_cell("while True:\n    pass")
            return [a.value, a.error, b.ename]
        finally:
            s.close()
    assert asyncio.run(scenario()) == ["abab", None, "TimeLimitExceeded"]


def test_checkpoint_restores_the_state_before_the_cell() -> None:
    async def scenario() -> list[object]:
        s = JailedSession(Policy(timeout=5, max_memory_mb=256))
        try:
            await s.run_cell("data = list(range(1000))\ncount = 1")
            first = s.worker_pid
            crash = await s.run_cell("count = 2\ndata.clear()\n__undefined__")
            killed = await _kill_during(s, "count = 3\nimport time\ntime.sleep(20)")
            after = await s.run_cell("(count, len(data))")
            return [crash.ename, killed.ename, after.value, s.worker_pid != first,
                    s.restores]
        finally:
            s.close()
    got = asyncio.run(scenario())
    assert got == ["NameError", "WorkerKilled", [2, 0], True, 1]


async def _kill_during(s: JailedSession, code: str):  # noqa: ANN202
    import os
    import signal

    pid = s.worker_pid
    asyncio.get_running_loop().call_later(0.5, os.kill, pid, signal.SIGKILL)
    return await s.run_cell(code)
