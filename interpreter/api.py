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

from . import nested
from .policy import Policy
from .security.firewall import sandbox_api
from .session import CellResult, Session
from .tracebacks import api_error, render


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
    return Policy.from_modules(allowed_modules, timeout=timeout, max_memory_mb=max_memory_mb,
                               max_operations=ORIGINAL_MAX_OPERATIONS)


#: The original project's operation limit, which its API keeps.
ORIGINAL_MAX_OPERATIONS = 10_000_000


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
        return ExecutionResult(None, api_error(cell.error, session.policy.timeout), elapsed,
                               _locals(session), stdout, render(cell.error))
    return ExecutionResult(cell.value, None, elapsed, _locals(session), stdout)


async def _execute_jailed(code: str, entry_point: str | None, args: Any, kwargs: Any,
                          filename: str, policy: Policy, namespace: dict[str, Any] | None,
                          ignore_typing: bool, echo_stdout: bool) -> ExecutionResult:
    """``isolation="process"``: the same call, in a fresh jailed worker.  Values come
    back when they are JSON data, else as their repr (``RemoteValue``); callables in
    ``namespace`` become host tools (JSON arguments and result)."""
    from .jail import JailedSession

    echo = (lambda text: (sys.stdout.write(text), sys.stdout.flush())) if echo_stdout else None
    start = time.perf_counter()
    session = JailedSession(policy, on_stdout=echo, namespace=namespace,
                            ignore_typing=ignore_typing)
    try:
        cell = await session.run_cell(code, filename, variables=True)
        stdout = cell.stdout
        if cell.error is None and entry_point is not None:
            entry = {"name": entry_point, "args": list(args or ()), "kwargs": dict(kwargs or {})}
            cell = await session.run_cell("", f"<entry point {entry_point}>", entry=entry,
                                          variables=True)
            stdout += cell.stdout
        variables = dict(session.last_variables)
    finally:
        session.close()
    elapsed = time.perf_counter() - start
    if cell.error is not None:
        return ExecutionResult(None, cell.short_error, elapsed, variables, stdout,
                               cell.traceback)
    return ExecutionResult(cell.value, None, elapsed, variables, stdout)


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
                  echo_stdout: bool = True, filename: str = "<string>",
                  isolation: str = "inprocess") -> Any:
    """Run code in a fresh sandbox.  Awaitable inside an event loop; else runs to the end.

    ``isolation="process"`` runs it in a jailed worker process instead (see
    ``JailedSession``)."""
    if isolation == "process":
        jailed = _execute_jailed(code, entry_point, args, kwargs, filename,
                                 _policy(policy, allowed_modules, timeout, max_memory_mb),
                                 namespace, ignore_typing, echo_stdout)
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(jailed)
        return jailed
    if isolation != "inprocess":
        raise ValueError(f"isolation is 'inprocess' or 'process', not {isolation!r}")
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
            echo_stdout: bool = True, filename: str = "<string>",
            isolation: str = "inprocess") -> ExecutionResult:
    """Synchronous ``execute_async`` (from a thread with no running event loop)."""
    if isolation == "process":
        return asyncio.run(_execute_jailed(
            code, entry_point, args, kwargs, filename,
            _policy(policy, allowed_modules, timeout, max_memory_mb), namespace,
            ignore_typing, echo_stdout))
    if isolation != "inprocess":
        raise ValueError(f"isolation is 'inprocess' or 'process', not {isolation!r}")
    session = _session(timeout, allowed_modules, namespace, max_memory_mb, ignore_typing,
                       policy, echo_stdout)
    return _execute_sync(code, entry_point, args, kwargs, filename, session)


def _nested_api(policy: Policy, rt: Any) -> dict[str, Any]:
    """``import interpreter`` inside a sandbox: this API, narrowed (see ``nested``)."""
    return nested.make_api(policy, rt, sys.modules[__name__])


Session.nested_api = _nested_api
