"""``asyncio.get_running_loop()``: the safe loop facade, and ``__import__``."""

from __future__ import annotations

import asyncio

import pytest

from interpreter import Session


def run(source: str) -> tuple[str, BaseException | None]:
    cell = Session().run_cell_sync(source)
    return cell.stdout, cell.error


def test_the_common_loop_api_works() -> None:
    out, error = run(
        "import asyncio\n"
        "async def main():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    fut = loop.create_future()\n"
        "    start = loop.time()\n"
        "    loop.call_later(0.01, fut.set_result, 'later')\n"
        "    loop.call_soon(print, 'soon')\n"
        "    h = loop.call_at(loop.time() + 60, print, 'never')\n"
        "    h.cancel()\n"
        "    print(await fut, loop.time() - start >= 0.009, loop.is_running(), h.cancelled())\n"
        "    print(await loop.create_task(asyncio.sleep(0, 'task')))\n"
        "    print(asyncio.get_event_loop().is_running())\n"
        "asyncio.run(main())\n")
    assert error is None, error
    assert out == "soon\nlater True True True\ntask\nTrue\n"


@pytest.mark.parametrize("call", [
    "run_in_executor(None, print)", "subprocess_exec('sh')", "create_connection(None)",
    "add_signal_handler(2, print)", "stop()", "close()", "set_exception_handler(None)",
    "set_debug(True)", "add_reader(0, print)", "getaddrinfo('localhost', 80)",
])
def test_the_rest_is_refused_clearly(call: str) -> None:
    out, error = run(f"import asyncio\nasync def main():\n    asyncio.get_running_loop().{call}\n"
                     "asyncio.run(main())")
    assert error is not None and "is not allowed in the sandbox" in str(error), error


def test_facade_internals_are_out_of_reach() -> None:
    for code in ("loop._loop", "loop._rt", "getattr(loop, '_loop')", "vars(loop)",
                 "loop.__getattr__('_loop')", "type(loop).__slots__ and loop.__reduce__()"):
        out, error = run("import asyncio\nasync def main():\n    loop = "
                         f"asyncio.get_running_loop()\n    return {code}\n"
                         "r = asyncio.run(main())\nprint(type(r).__name__)")
        assert error is not None, (code, out)


def test_callback_errors_go_to_the_session_output() -> None:
    out, error = run("import asyncio\nasync def main():\n"
                     "    asyncio.get_running_loop().call_soon(lambda: 1 / 0)\n"
                     "    await asyncio.sleep(0.01)\nasyncio.run(main())\nprint('after')")
    assert error is None
    assert "Exception in callback main.<locals>.<lambda>: ZeroDivisionError" in out
    assert out.endswith("after\n")


def test_no_loop_outside_a_coroutine() -> None:
    out, error = run("import asyncio\nasyncio.get_event_loop()")
    assert isinstance(error, RuntimeError) and "no current event loop" in str(error)


def test_the_loop_of_a_kernel_cell() -> None:
    """Top-level await runs on the caller's loop; the facade wraps that one."""
    async def main() -> str:
        s = Session()
        cell = await s.run_cell("import asyncio\nloop = asyncio.get_running_loop()\n"
                                "f = loop.create_future()\nloop.call_soon(f.set_result, 7)\n"
                                "await f")
        assert cell.error is None, cell.traceback
        return cell.value
    assert asyncio.run(main()) == 7


def test_dunder_import_works_as_import_does() -> None:
    out, error = run("m = __import__('math')\nc = __import__('collections.abc')\n"
                     "a = __import__('collections.abc', fromlist=['Mapping'])\n"
                     "print(m.floor(2.5), c.__name__, a.__name__)")
    assert error is None and out == "2 collections collections.abc\n"
    out, error = run("__import__('os')")
    assert error is not None and "is not allowed" in str(error)
