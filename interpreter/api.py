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

from .errors import TimeLimitExceeded
from .policy import Policy
from .security.firewall import sandbox_api
from .session import CellResult, Session
from .tracebacks import render, short_error


@sandbox_api
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


def _session(timeout: float | None, allowed_modules: Iterable[str] | None,
             namespace: dict[str, Any] | None, max_memory_mb: int | None, ignore_typing: bool,
             policy: Policy | None, echo_stdout: bool) -> Session:
    echo = (lambda text: (sys.stdout.write(text), sys.stdout.flush())) if echo_stdout else None
    session = Session(_policy(policy, allowed_modules, timeout, max_memory_mb),
                      on_stdout=echo, namespace=namespace)
    session.env.ignore_typing = ignore_typing
    return session


def _result(session: Session, cell: CellResult, stdout: str, start: float) -> ExecutionResult:
    elapsed = time.perf_counter() - start
    if cell.error is not None:
        return ExecutionResult(None, error_line(session, cell.error), elapsed, _locals(session),
                               stdout, render(cell.error))
    return ExecutionResult(cell.value, None, elapsed, _locals(session), stdout)


def error_line(session: Session, error: BaseException) -> str:
    """The one-line ``error``; the original project's leading words where it had them
    (agents match on them), then the line and column."""
    text = short_error(error)
    if isinstance(error, TimeLimitExceeded):
        timeout = session.policy.timeout
        where = text[text.rfind(" at line "):] if " at line " in text else ""
        return f"TimeoutError: Execution exceeded {timeout:g} seconds{where}"
    return text


_ENTRY_SOURCE = (
    "__r = __pbx_entry__[0](*__pbx_entry__[1], **__pbx_entry__[2])\n"
    "if __pbx_isasyncgen__(__r):\n"
    "    __r = [__x async for __x in __r]\n"
    "elif __pbx_isawaitable__(__r):\n"
    "    __r = await __r\n"
    "elif __pbx_isgenerator__(__r):\n"
    "    __r = list(__r)\n"
    "__r\n"
)
_ENTRY_NAMES = ("__pbx_entry__", "__pbx_isasyncgen__", "__pbx_isawaitable__",
                "__pbx_isgenerator__", "__r", "__x")


def _prepare_entry(session: Session, name: str, args: Any, kwargs: Any) -> CellResult | None:
    """Put the entry point call's inputs in the namespace; an error result if impossible."""
    fn = session.namespace.get(name)
    if fn is None or not callable(fn):
        return CellResult(error=NameError(f"Function '{name}' not found in the code"))
    session.namespace.update(__pbx_entry__=(fn, tuple(args or ()), dict(kwargs or {})),
                             __pbx_isasyncgen__=inspect.isasyncgen,
                             __pbx_isawaitable__=inspect.isawaitable,
                             __pbx_isgenerator__=inspect.isgenerator)
    return None


def _cleanup_entry(session: Session) -> None:
    for k in _ENTRY_NAMES:
        session.namespace.pop(k, None)


async def _execute(code: str, entry_point: str | None, args: Any, kwargs: Any,
                   filename: str, session: Session) -> ExecutionResult:
    start = time.perf_counter()
    cell = await session.run_cell(code, filename)
    stdout = cell.stdout
    if cell.error is None and entry_point is not None:
        cell = _prepare_entry(session, entry_point, args, kwargs) or \
            await session.run_cell(_ENTRY_SOURCE, f"<entry point {entry_point}>")
        _cleanup_entry(session)
        stdout += cell.stdout
    return _result(session, cell, stdout, start)


def _execute_sync(code: str, entry_point: str | None, args: Any, kwargs: Any,
                  filename: str, session: Session) -> ExecutionResult:
    start = time.perf_counter()
    cell = session.run_cell_sync(code, filename)
    stdout = cell.stdout
    if cell.error is None and entry_point is not None:
        cell = _prepare_entry(session, entry_point, args, kwargs) or \
            session.run_cell_sync(_ENTRY_SOURCE, f"<entry point {entry_point}>")
        _cleanup_entry(session)
        stdout += cell.stdout
    return _result(session, cell, stdout, start)


def execute_async(code: str, entry_point: str | None = None, args: Any = None,
                  kwargs: Any = None, timeout: float | None = 30, allowed_modules: Any = None,
                  namespace: dict[str, Any] | None = None, max_memory_mb: int | None = 1024,
                  ignore_typing: bool = False, *, policy: Policy | None = None,
                  echo_stdout: bool = True, filename: str = "<string>") -> Any:
    """Run code in a fresh sandbox.  Awaitable inside an event loop; else runs to the end."""
    session = _session(timeout, allowed_modules, namespace, max_memory_mb, ignore_typing,
                       policy, echo_stdout)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _execute_sync(code, entry_point, args, kwargs, filename, session)
    return _execute(code, entry_point, args, kwargs, filename, session)


def execute(code: str, entry_point: str | None = None, args: Any = None, kwargs: Any = None,
            timeout: float | None = 30, allowed_modules: Any = None,
            namespace: dict[str, Any] | None = None, max_memory_mb: int | None = 1024,
            ignore_typing: bool = False, *, policy: Policy | None = None,
            echo_stdout: bool = True, filename: str = "<string>") -> ExecutionResult:
    """Synchronous ``execute_async`` (from a thread with no running event loop)."""
    session = _session(timeout, allowed_modules, namespace, max_memory_mb, ignore_typing,
                       policy, echo_stdout)
    return _execute_sync(code, entry_point, args, kwargs, filename, session)
