"""``asyncio.get_running_loop()`` in the sandbox: a facade over the host's event loop.

Notebooks and agents call ``loop.time()``, ``loop.create_future()``,
``loop.create_task()`` and ``loop.call_soon/call_later/call_at``; those work.  The
rest of a loop's API reaches threads, processes, sockets, signals or the loop's own
life (``run_in_executor``, ``subprocess_exec``, ``create_connection``,
``add_signal_handler``, ``stop``, ``close``, ``set_exception_handler``,
``set_debug``...) and is refused with a clear error.  Callbacks run in the session's
context, under its limits (a fresh slice when they run between cells), and their
errors go to the session's output, never to the host's logger.  They run in a copy
of the session's context taken when they were scheduled, as asyncio does.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from typing import Any

from ..errors import LimitExceeded, SecurityError
from ..runtime import Runtime
from .firewall import sandbox_api

#: What the facade refuses, with the reason given to the user.
_REFUSED = {
    "run_in_executor": "threads", "set_default_executor": "threads",
    "subprocess_exec": "processes", "subprocess_shell": "processes",
    "create_connection": "sockets", "create_server": "sockets",
    "create_datagram_endpoint": "sockets", "create_unix_connection": "sockets",
    "create_unix_server": "sockets", "connect_accepted_socket": "sockets",
    "sock_connect": "sockets", "sock_accept": "sockets", "sock_recv": "sockets",
    "sock_sendall": "sockets", "sock_sendfile": "sockets", "sendfile": "sockets",
    "start_tls": "sockets", "getaddrinfo": "the network", "getnameinfo": "the network",
    "add_reader": "file descriptors", "add_writer": "file descriptors",
    "remove_reader": "file descriptors", "remove_writer": "file descriptors",
    "connect_read_pipe": "pipes", "connect_write_pipe": "pipes",
    "add_signal_handler": "signal handlers", "remove_signal_handler": "signal handlers",
    "stop": "the kernel's event loop", "close": "the kernel's event loop",
    "run_forever": "the kernel's event loop", "run_until_complete": "the kernel's event loop",
    "shutdown_asyncgens": "the kernel's event loop",
    "shutdown_default_executor": "the kernel's event loop",
    "set_exception_handler": "the kernel's error handling",
    "get_exception_handler": "the kernel's error handling",
    "call_exception_handler": "the kernel's error handling",
    "default_exception_handler": "the kernel's error handling",
    "set_task_factory": "the kernel's event loop", "get_task_factory": "the kernel's event loop",
    "set_debug": "the kernel's event loop",
}


@sandbox_api
class SandboxHandle:
    """What ``call_soon``/``call_later``/``call_at`` return: cancel it, ask when."""

    __slots__ = ("_handle",)

    def __init__(self, handle: asyncio.Handle) -> None:
        self._handle = handle

    def cancel(self) -> None:
        self._handle.cancel()

    def cancelled(self) -> bool:
        return self._handle.cancelled()

    def when(self) -> float:
        when = getattr(self._handle, "when", None)
        if when is None:
            raise AttributeError("'Handle' object has no attribute 'when'")
        return when()

    def __repr__(self) -> str:
        state = " cancelled" if self._handle.cancelled() else ""
        return f"<Handle{state}>"


@sandbox_api
class SandboxLoop:
    """The running event loop as sandbox code may use it."""

    __slots__ = ("_loop", "_rt", "_report")

    def __init__(self, loop: asyncio.AbstractEventLoop, rt: Runtime,
                 report: Callable[[str], None]) -> None:
        self._loop, self._rt, self._report = loop, rt, report

    def time(self) -> float:
        return self._loop.time()

    def is_running(self) -> bool:
        return self._loop.is_running()

    def is_closed(self) -> bool:
        return self._loop.is_closed()

    def get_debug(self) -> bool:
        return False

    def create_future(self) -> asyncio.Future:
        return self._loop.create_future()

    def create_task(self, coro: Any, *, name: Any = None) -> asyncio.Task:
        return self._loop.create_task(coro, name=name)

    def call_soon(self, callback: Callable[..., Any], *args: Any) -> SandboxHandle:
        return SandboxHandle(self._loop.call_soon(self._wrap(callback, args)))

    def call_later(self, delay: float, callback: Callable[..., Any], *args: Any
                   ) -> SandboxHandle:
        return SandboxHandle(self._loop.call_later(delay, self._wrap(callback, args)))

    def call_at(self, when: float, callback: Callable[..., Any], *args: Any) -> SandboxHandle:
        return SandboxHandle(self._loop.call_at(when, self._wrap(callback, args)))

    def _wrap(self, callback: Callable[..., Any], args: tuple) -> Callable[[], None]:
        if not callable(callback):
            raise TypeError("a callable object was expected by call_soon()")
        rt, report = self._rt, self._report

        # The loop runs it in a copy of the context current now (the session's), as
        # asyncio does for every callback.
        def call() -> None:
            was = rt.in_sandbox
            rt.in_sandbox = True
            try:
                callback(*args)
            finally:
                rt.in_sandbox = was

        def run_callback() -> None:
            try:
                if rt.active:
                    call()
                else:  # a callback between cells: a slice of its own
                    rt.outside(call, task=True)
            except (Exception, LimitExceeded) as e:  # noqa: BLE001 - the loop must go on
                report(f"Exception in callback {_name(callback)}: {type(e).__name__}: {e}\n")
        return run_callback

    def __getattr__(self, name: str) -> Any:
        why = _REFUSED.get(name)
        if why is not None:
            raise SecurityError(f"loop.{name}() is not allowed in the sandbox: it reaches {why}")
        raise AttributeError(f"'loop' object has no attribute '{name}'")

    def __repr__(self) -> str:
        return f"<sandbox event loop running={self._loop.is_running()}>"


def _name(callback: Any) -> str:
    name = getattr(callback, "__qualname__", None)
    return name if isinstance(name, str) else type(callback).__name__


def loop_functions(rt: Runtime, report: Callable[[str], None]) -> dict[str, Any]:
    """``get_running_loop`` and ``get_event_loop`` for the sandbox's ``asyncio``: one
    facade per real loop, so that ``get_event_loop() is get_running_loop()``."""
    facades: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, SandboxLoop] = \
        weakref.WeakKeyDictionary()

    def facade(loop: asyncio.AbstractEventLoop) -> SandboxLoop:
        found = facades.get(loop)
        if found is None:
            found = facades[loop] = SandboxLoop(loop, rt, report)
        return found

    def get_running_loop() -> SandboxLoop:
        """Return the running event loop (a sandbox facade); RuntimeError if none."""
        return facade(asyncio.get_running_loop())

    def get_event_loop() -> SandboxLoop:
        """The running event loop (a sandbox facade): there is none outside a coroutine."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            raise RuntimeError("There is no current event loop in the sandbox: use "
                               "asyncio.run() or await in a cell") from None
        return facade(loop)

    return {"get_running_loop": get_running_loop, "get_event_loop": get_event_loop}
