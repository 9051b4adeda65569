"""The API of the project PythonBox grew from: ``execute_async`` and ``execute``.

Agent code switches by changing an import: same arguments, same result fields,
plus ``stdout`` (the printed text).
"""

from __future__ import annotations

import asyncio
import inspect
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .policy import Policy
from .session import CellResult, Session
from .tracebacks import render, short_error


@dataclass
class ExecutionResult:
    result: Any
    error: str | None
    execution_time: float
    local_variables: dict[str, Any] | None = None
    stdout: str = ""
    traceback: str | None = field(default=None, repr=False)


def _policy(policy: Policy | None, allowed_modules: Iterable[str] | None, timeout: float | None,
            max_memory_mb: int | None) -> Policy:
    if policy is not None:
        return policy
    return Policy.from_modules(allowed_modules, timeout=timeout, max_memory_mb=max_memory_mb)


def _locals(session: Session) -> dict[str, Any]:
    return {k: v for k, v in session.namespace.items()
            if not (k.startswith("__") and k.endswith("__"))}


async def _execute(code: str, entry_point: str | None, args: Any, kwargs: Any,
                   timeout: float | None, allowed_modules: Iterable[str] | None,
                   namespace: dict[str, Any] | None, max_memory_mb: int | None,
                   ignore_typing: bool, policy: Policy | None, echo_stdout: bool,
                   filename: str) -> ExecutionResult:
    start = time.perf_counter()
    echo = (lambda text: (sys.stdout.write(text), sys.stdout.flush())) if echo_stdout else None
    session = Session(_policy(policy, allowed_modules, timeout, max_memory_mb),
                      on_stdout=echo, namespace=namespace)
    session.env.ignore_typing = ignore_typing
    cell: CellResult = await session.run_cell(code, filename)
    stdout = cell.stdout
    if cell.error is None and entry_point is not None:
        cell = await _call_entry_point(session, entry_point, args or (), kwargs or {})
        stdout += cell.stdout
    elapsed = time.perf_counter() - start
    if cell.error is not None:
        return ExecutionResult(None, short_error(cell.error), elapsed, _locals(session), stdout,
                               render(cell.error))
    return ExecutionResult(cell.value, None, elapsed, _locals(session), stdout)


async def _call_entry_point(session: Session, name: str, args: Any, kwargs: Any) -> CellResult:
    """Call the entry point inside the sandbox, driving generators and coroutines."""
    fn = session.namespace.get(name)
    if fn is None or not callable(fn):
        err = NameError(f"entry point '{name}' is not defined or not callable")
        return CellResult(error=err)
    session.namespace["__pbx_entry__"] = (fn, tuple(args), dict(kwargs))
    source = (
        "__f, __a, __k = __pbx_entry__\n"
        "__r = __f(*__a, **__k)\n"
        "if __pbx_isasyncgen__(__r):\n"
        "    __r = [__x async for __x in __r]\n"
        "elif __pbx_isawaitable__(__r):\n"
        "    __r = await __r\n"
        "elif __pbx_isgenerator__(__r):\n"
        "    __r = list(__r)\n"
        "__r\n"
    )
    session.namespace.update(__pbx_isasyncgen__=inspect.isasyncgen,
                             __pbx_isawaitable__=inspect.isawaitable,
                             __pbx_isgenerator__=inspect.isgenerator)
    try:
        return await session.run_cell(source, f"<entry point {name}>")
    finally:
        for k in ("__pbx_entry__", "__pbx_isasyncgen__", "__pbx_isawaitable__",
                  "__pbx_isgenerator__", "__f", "__a", "__k", "__r"):
            session.namespace.pop(k, None)


def execute_async(code: str, entry_point: str | None = None, args: Any = None,
                  kwargs: Any = None, timeout: float | None = 30, allowed_modules: Any = None,
                  namespace: dict[str, Any] | None = None, max_memory_mb: int | None = 1024,
                  ignore_typing: bool = False, *, policy: Policy | None = None,
                  echo_stdout: bool = True, filename: str = "<string>") -> Any:
    """Run code in a fresh sandbox.  Awaitable inside an event loop; else runs to the end."""
    coro = _execute(code, entry_point, args, kwargs, timeout, allowed_modules, namespace,
                    max_memory_mb, ignore_typing, policy, echo_stdout, filename)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    return coro


def execute(code: str, entry_point: str | None = None, args: Any = None, kwargs: Any = None,
            timeout: float | None = 30, allowed_modules: Any = None,
            namespace: dict[str, Any] | None = None, max_memory_mb: int | None = 1024,
            ignore_typing: bool = False, *, policy: Policy | None = None,
            echo_stdout: bool = True, filename: str = "<string>") -> ExecutionResult:
    """Synchronous ``execute_async`` (from a thread with no running event loop)."""
    return asyncio.run(_execute(code, entry_point, args, kwargs, timeout, allowed_modules,
                                namespace, max_memory_mb, ignore_typing, policy, echo_stdout,
                                filename))
