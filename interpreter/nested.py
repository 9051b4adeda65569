"""``import interpreter`` inside the sandbox: a nested sandbox, never more permissive.

Agent notebooks run generated code through ``execute_async`` from a PythonBox cell.
The nested execution gets a fresh session whose policy is the caller's, narrowed
by the arguments (fewer modules, shorter timeout, less memory) and never widened;
an interrupt or a limit of the outer execution still stops the outer cell.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterable
from typing import Any

from .errors import Interrupted
from .policy import Policy
from .runtime import ACTIVE, Runtime


def _narrowed(outer: Policy, rt: Runtime, timeout: float | None,
              allowed_modules: Iterable[str] | None, max_memory_mb: int | None) -> Policy:
    """The nested policy: never more than the caller asks, nor more than is *left* of the
    outer execution's time, memory, operations, recursion depth and output."""
    modules = tuple(m for m in (allowed_modules if allowed_modules is not None
                                else outer.allowed_modules) if outer.module_allowed(m))
    limits = [t for t in (timeout, outer.timeout) if t is not None]
    if rt.deadline is not None:
        limits.append(max(0.01, rt.deadline - time.monotonic()))
    memory = [m for m in (max_memory_mb, outer.max_memory_mb) if m is not None]
    if outer.max_memory_mb is not None:
        try:
            used = rt._process.memory_info().rss - rt.memory_baseline
        except Exception:  # noqa: BLE001 - no sample: the outer limit alone
            used = 0
        memory.append(max(1, outer.max_memory_mb - max(0, used) // (1024 * 1024)))
    operations = outer.max_operations
    if rt.op_limit is not None:
        spent = rt.ops_used + (rt.granted - rt.left)
        operations = max(1, rt.op_limit - spent)
    output = outer.max_output_bytes
    if output is not None:
        output = max(0, output - rt.output_bytes)
    depth = max(1, outer.max_recursion_depth - rt.depth)
    return outer.with_changes(allowed_modules=modules, restrict_os=True,
                              timeout=min(limits) if limits else None,
                              max_memory_mb=min(memory) if memory else None,
                              max_operations=operations, max_output_bytes=output,
                              max_recursion_depth=depth)


def _rearm_alarm(rt: Runtime) -> None:
    """The nested run reset SIGALRM's timer; the outer deadline needs it back."""
    if rt.alarm_thread is not None and rt.deadline is not None and \
            threading.current_thread() is threading.main_thread():
        signal.setitimer(signal.ITIMER_REAL, max(0.001, rt.deadline - time.monotonic() + 0.05))


def make_api(outer: Policy, rt: Runtime, api: Any) -> dict[str, Any]:
    """The names ``import interpreter`` offers inside a sandbox with policy ``outer``.

    ``api`` is the public API module (``interpreter.api``), handed in by it, so that
    this module imports nothing above the session."""

    def _after(res: Any) -> Any:
        ACTIVE[0] = rt
        _rearm_alarm(rt)
        if rt.stop is not None or (res.error or "").startswith("KeyboardInterrupt"):
            raise rt._fresh(rt.stop or Interrupted("execution interrupted by the user"))
        return res

    def execute_async(code: str, entry_point: str | None = None, args: Any = None,
                      kwargs: Any = None, timeout: float | None = 30,
                      allowed_modules: Any = None, namespace: dict[str, Any] | None = None,
                      max_memory_mb: int | None = 1024, ignore_typing: bool = False, *,
                      echo_stdout: bool = True, filename: str = "<string>") -> Any:
        """Run code in a fresh nested sandbox (awaitable inside an event loop)."""
        policy = _narrowed(outer, rt, timeout, allowed_modules, max_memory_mb)
        result = api.execute_async(code, entry_point, args, kwargs, namespace=namespace,
                                   ignore_typing=ignore_typing, policy=policy,
                                   echo_stdout=False, filename=filename)
        if isinstance(result, api.ExecutionResult):
            return _after(result)

        async def finish() -> Any:
            return _after(await result)
        return finish()

    def execute(code: str, entry_point: str | None = None, args: Any = None,
                kwargs: Any = None, timeout: float | None = 30, allowed_modules: Any = None,
                namespace: dict[str, Any] | None = None, max_memory_mb: int | None = 1024,
                ignore_typing: bool = False, *, echo_stdout: bool = True,
                filename: str = "<string>") -> Any:
        """Run code in a fresh nested sandbox, synchronously."""
        policy = _narrowed(outer, rt, timeout, allowed_modules, max_memory_mb)
        return _after(api.execute(code, entry_point, args, kwargs, namespace=namespace,
                                  ignore_typing=ignore_typing, policy=policy,
                                  echo_stdout=False, filename=filename))

    return {"execute_async": execute_async, "execute": execute,
            "ExecutionResult": api.ExecutionResult}
