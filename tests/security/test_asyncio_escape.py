"""Asyncio: the event loop is the host's (threads, subprocesses, sockets, executors).

``asyncio`` is offered without its loop, subprocess, thread and network functions, and no
object that leads to the loop (``get_loop``, ``_loop``, the policy) reaches sandbox code.
"""

from __future__ import annotations

import asyncio
import socket

import pytest

from ._sandbox import DENIED

pytestmark = pytest.mark.timeout(60, method="thread")

LOOP_ROUTES = [
    # get_running_loop()/get_event_loop() give a facade (tests/interpreter/test_loop_facade.py):
    # what leads to threads, the real loop or its internals is refused.
    pytest.param("import asyncio\nasync def f():\n    loop = asyncio.get_event_loop()\n"
                 "    loop.run_in_executor(None, print, 1)\nawait f()", id="get_event_loop"),
    pytest.param("import asyncio\nasync def f():\n    return asyncio.get_running_loop()\n"
                 "loop = await f()\nloop._loop", id="get_running_loop-in-coroutine"),
    pytest.param("import asyncio\nawait asyncio.sleep(0)\n"
                 "object.__getattribute__(asyncio.get_running_loop(), '_loop')",
                 id="get_running_loop-top-level"),
    pytest.param("import asyncio\nawait asyncio.sleep(0)\n"
                 "asyncio.get_running_loop().call_soon(print, 1)._handle",
                 id="handle-internals"),
    pytest.param("import asyncio\nasync def f():\n    return asyncio.current_task().get_loop()\n"
                 "await f()", id="Task.get_loop"),
    pytest.param("import asyncio\nasync def f():\n    fut = asyncio.Future()\n"
                 "    return fut._loop\nawait f()", id="Future._loop"),
    pytest.param("import asyncio\nasync def f():\n    return asyncio.Future().get_loop()\n"
                 "await f()", id="Future.get_loop"),
    pytest.param("import asyncio\nasync def f():\n"
                 "    return asyncio.ensure_future(asyncio.sleep(0)).get_loop()\nawait f()",
                 id="ensure_future().get_loop"),
    pytest.param("import asyncio\nasyncio.get_event_loop_policy().get_event_loop()",
                 id="policy.get_event_loop"),
    pytest.param("import asyncio\nasyncio.get_event_loop_policy()._local._loop",
                 id="policy._local._loop"),
    pytest.param("import asyncio\nloop = asyncio.new_event_loop()\n"
                 "loop.run_in_executor(None, print, 1)", id="new_event_loop"),
    pytest.param("import asyncio\nasyncio.SelectorEventLoop()", id="SelectorEventLoop()"),
    pytest.param("import asyncio\nasyncio.DefaultEventLoopPolicy().new_event_loop()",
                 id="DefaultEventLoopPolicy().new_event_loop"),
    pytest.param("import asyncio\nr = asyncio.Runner()\nr.get_loop()", id="Runner.get_loop"),
    pytest.param("import asyncio\nasync def f():\n    return asyncio.Event()._get_loop()\n"
                 "await f()", id="Event._get_loop"),
    pytest.param("import asyncio\nasync def f():\n"
                 "    async with asyncio.timeout(5) as t:\n        return t._timeout_handler\n"
                 "await f()", id="Timeout._timeout_handler"),
    pytest.param("import asyncio\nasync def f():\n    t = asyncio.current_task()\n"
                 "    return t.get_coro().cr_frame\nawait f()", id="Task.get_coro().cr_frame"),
]


@pytest.mark.parametrize("code", LOOP_ROUTES)
def test_loop_is_unreachable(box, code):
    """No route hands the host event loop to sandbox code."""
    box.attack(code, DENIED)


FUNCTIONS = [
    pytest.param("await asyncio.create_subprocess_shell(MARKER_CMD)",
                 id="create_subprocess_shell"),
    pytest.param("await asyncio.create_subprocess_exec('touch', MARKER_PATH)",
                 id="create_subprocess_exec"),
    pytest.param("await asyncio.subprocess.create_subprocess_shell(MARKER_CMD)",
                 id="asyncio.subprocess.create_subprocess_shell"),
    pytest.param("await asyncio.to_thread(print, 'thread')", id="to_thread"),
    pytest.param("await asyncio.open_unix_connection(SECRET_PATH)", id="open_unix_connection"),
    pytest.param("await asyncio.start_server(lambda r, w: None, '127.0.0.1', 0)",
                 id="start_server"),
    pytest.param("await asyncio.start_unix_server(lambda r, w: None, MARKER_PATH)",
                 id="start_unix_server"),
    pytest.param("asyncio.run_coroutine_threadsafe(asyncio.sleep(0), None)",
                 id="run_coroutine_threadsafe"),
    pytest.param("asyncio.events.get_event_loop()", id="asyncio.events"),
    pytest.param("asyncio.base_events.BaseEventLoop", id="asyncio.base_events"),
    pytest.param("asyncio.unix_events._UnixSelectorEventLoop()", id="asyncio.unix_events"),
    pytest.param("asyncio.set_event_loop(None)", id="set_event_loop"),
    pytest.param("asyncio.set_event_loop_policy(None)", id="set_event_loop_policy"),
    pytest.param("asyncio.get_child_watcher()", id="get_child_watcher"),
]


@pytest.mark.parametrize("code", FUNCTIONS)
def test_loop_functions_are_not_offered(box, code):
    """Subprocess, thread, network and loop-management functions are not offered."""
    box.attack("import asyncio\n" + code, DENIED)


def test_open_connection_reaches_no_socket(box):
    """``asyncio.open_connection`` to a listening host port is refused; nothing connects."""
    server = socket.socket()
    try:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.setblocking(False)
        port = server.getsockname()[1]
        box.attack(f"import asyncio\nr, w = await asyncio.open_connection('127.0.0.1', {port})\n"
                   f"w.write(open(SECRET_PATH).read().encode())", DENIED)
        with pytest.raises(BlockingIOError):
            server.accept()
    finally:
        server.close()


def test_event_loop_policy_unchanged(box):
    """Whatever the cell tries, the host's loop policy and current loop stay in place."""
    before = asyncio.get_event_loop_policy()
    box.attack("import asyncio\nfor f, a in ((getattr(asyncio, 'set_event_loop', None), None),"
               " (getattr(asyncio, 'set_event_loop_policy', None), None)):\n"
               "    try:\n        f(a)\n    except Exception:\n        pass", None)
    assert asyncio.get_event_loop_policy() is before


def test_all_tasks_and_current_task_leak_nothing(box):
    """Tasks seen by the cell are harmless: their coroutines and results carry no loop."""
    code = """
import asyncio
async def child():
    await asyncio.sleep(0)
    return 5
async def main():
    t = asyncio.create_task(child())
    out = [asyncio.current_task(), list(asyncio.all_tasks()), await t, t.result(), t.done()]
    out.append(t.get_coro())
    return out
await main()
"""
    box.attack(code, None)


def test_future_callbacks_receive_only_futures(box):
    """A done-callback receives the future; nothing else from the loop."""
    code = """
import asyncio
got = []
async def main():
    fut = asyncio.Future()
    fut.add_done_callback(lambda f: got.append(f))
    fut.set_result(1)
    await asyncio.sleep(0)
    return got
await main()
"""
    box.attack(code, None)


@pytest.mark.parametrize("code", [
    pytest.param("import asyncio\nasync def f():\n    return 5\nasyncio.run(f())",
                 id="asyncio.run-in-cell"),
    pytest.param("import asyncio\nawait asyncio.sleep(0)", id="top-level-await-cell"),
])
def test_asyncio_run_leaves_the_hosts_current_loop_alone(box, code):
    """Running a cell (``asyncio.run`` in it, or top-level ``await``) must not replace or
    unset the host thread's current event loop."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        box.attack(code, None)
        policy = asyncio.get_event_loop_policy()
        current = policy._local._loop  # the host-side view of "the current loop"
        assert current is loop, "running the cell changed the host thread's current event loop"
        assert not loop.is_closed()
    finally:
        asyncio.set_event_loop(None)
        loop.close()
