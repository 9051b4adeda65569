"""The execute/execute_async API kept from the project PythonBox grew from, and Session."""

from __future__ import annotations

import asyncio

import pytest

from interpreter import ExecutionResult, Policy, Session, execute, execute_async

CODE = """
import asyncio

def square(x):
    return x * x

async def async_square(x, delay=0.01):
    await asyncio.sleep(delay)
    return x * x

def gen(n):
    for i in range(n):
        yield i * i

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

def kw(a, *, b=2):
    return a + b
"""


@pytest.mark.parametrize(("entry", "args", "kwargs", "expected"), [
    ("square", (5,), None, 25),
    ("async_square", (6,), {"delay": 0}, 36),
    ("gen", (4,), None, [0, 1, 4, 9]),
    ("agen", (3,), None, [0, 1, 2]),
    ("kw", (1,), {"b": 10}, 11),
])
def test_entry_points_of_every_function_kind(entry: str, args: tuple, kwargs: dict | None,
                                             expected: object) -> None:
    res = execute(CODE, entry_point=entry, args=args, kwargs=kwargs, echo_stdout=False)
    assert isinstance(res, ExecutionResult)
    assert res.error is None, res.error
    assert res.result == expected


def test_execute_async_is_awaitable_inside_a_loop() -> None:
    async def main() -> ExecutionResult:
        return await execute_async(CODE, entry_point="async_square", args=(3,),
                                   echo_stdout=False)
    res = asyncio.run(main())
    assert res.result == 9 and res.error is None and res.execution_time > 0


def test_execute_async_runs_to_completion_without_a_loop() -> None:
    res = execute_async("1 + 1", echo_stdout=False)
    assert isinstance(res, ExecutionResult) and res.result == 2


def test_local_variables_without_builtins_and_dunders() -> None:
    res = execute("x = 1\ny = [x, 2]\ndef f(): pass", echo_stdout=False)
    assert set(res.local_variables) == {"x", "y", "f"}
    assert res.local_variables["y"] == [1, 2]


def test_error_string_starts_with_type_and_names_position() -> None:
    res = execute("a = 1\nb = a.nope", echo_stdout=False)
    assert res.error is not None
    assert res.error.startswith("AttributeError: 'int' object has no attribute 'nope'")
    assert "line 2, column 5" in res.error


def test_missing_entry_point() -> None:
    res = execute("x = 1", entry_point="main", echo_stdout=False)
    assert res.error is not None and res.error.startswith("NameError")


def test_stdout_captured_and_echoed(capsys: pytest.CaptureFixture[str]) -> None:
    res = execute("print('hello')\nprint('world')")
    assert res.stdout == "hello\nworld\n"
    assert capsys.readouterr().out == "hello\nworld\n"


def test_namespace_and_allowed_modules() -> None:
    res = execute("import math\nmath.sqrt(n)", namespace={"n": 16}, allowed_modules=["math"],
                  echo_stdout=False)
    assert res.result == 4.0
    res = execute("import json", allowed_modules=["math"], echo_stdout=False)
    assert res.error is not None and res.error.startswith("ForbiddenImportError")
    assert "'json'" in res.error and "line 1" in res.error


def test_timeout_argument() -> None:
    res = execute("import time\nwhile True:\n    time.sleep(0.01)", timeout=0.5,
                  echo_stdout=False)
    assert res.error is not None
    assert res.error.startswith("TimeoutError: Execution exceeded 0.5 seconds at line ")


def test_original_api_words() -> None:
    """Agent code written for the original project matches on these words."""
    res = execute("def f():\n    pass", entry_point="main", echo_stdout=False)
    assert res.error is not None and "not found" in res.error
    for code in ("eval('1')", "exec('x = 1')", "import os"):
        res = execute(code, echo_stdout=False)
        assert res.error is not None and "is not allowed" in res.error, res.error
        assert "line 1" in res.error


def test_limit_errors_are_the_builtin_kinds() -> None:
    from interpreter import MemoryLimitExceeded, Session, TimeLimitExceeded

    assert issubclass(TimeLimitExceeded, TimeoutError)
    assert issubclass(MemoryLimitExceeded, MemoryError)
    cell = Session(Policy(timeout=0.3)).run_cell_sync("while True:\n    pass")
    assert isinstance(cell.error, TimeoutError)
    cell = Session(Policy(max_recursion_depth=50)).run_cell_sync(
        "def f(n):\n    return f(n + 1)\nf(0)")
    assert isinstance(cell.error, RecursionError)


def test_session_persists_state_across_cells() -> None:
    s = Session()
    assert s.run_cell_sync("import math\nclass P:\n    k = 3\ndef f(x): return x * P.k",
                           "Cell In[1]").error is None
    r = s.run_cell_sync("f(math.floor(2.5))", "Cell In[2]")
    assert r.value == 6 and r.has_value


def test_session_streams_output_while_running() -> None:
    seen: list[tuple[str, float]] = []
    import time

    s = Session(on_stdout=lambda text: seen.append((text, time.monotonic())))
    start = time.monotonic()
    r = s.run_cell_sync("import time\nprint('a')\ntime.sleep(0.5)\nprint('b')", "Cell In[1]")
    end = time.monotonic()
    assert r.stdout == "a\nb\n"
    first = next(t for text, t in seen if "a" in text)
    assert first - start < end - start - 0.4


def test_top_level_await_and_tasks_outliving_a_cell() -> None:
    async def main() -> list:
        s = Session()
        out = []
        out.append((await s.run_cell(
            "import asyncio\nresults = []\n"
            "async def worker():\n    await asyncio.sleep(0.05)\n    results.append('done')\n"
            "task = asyncio.create_task(worker())\nawait asyncio.sleep(0)\nlen(results)",
            "Cell In[1]")).value)
        await asyncio.sleep(0.1)
        out.append((await s.run_cell("results", "Cell In[2]")).value)
        r = await s.run_cell("async with asyncio.timeout(1):\n    await task\n"
                             "[x async for x in (lambda: (i async for i in ait()))()] "
                             "if False else 'ok'", "Cell In[3]")
        out.append(r.error or r.value)
        return out
    assert asyncio.run(main()) == [0, ["done"], "ok"]


def test_policy_limits_apply_to_session() -> None:
    s = Session(Policy(max_recursion_depth=50))
    r = s.run_cell_sync("def f(n): return f(n + 1)\nf(0)", "Cell In[1]")
    assert isinstance(r.error, RecursionError)
    assert s.run_cell_sync("1 + 1", "Cell In[2]").value == 2


def test_python_m_interpreter_runs_a_file(tmp_path: object) -> None:
    import subprocess
    import sys
    from pathlib import Path

    path = Path(str(tmp_path)) / "prog.py"
    path.write_text("print('out')\ndef f(x):\n    return 1 / x\nf(0)\n")
    proc = subprocess.run([sys.executable, "-m", "interpreter", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stdout == "out\n"
    assert "return 1 / x" in proc.stderr and "ZeroDivisionError" in proc.stderr
