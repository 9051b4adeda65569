"""Sandbox ``__del__`` methods run at the interpreter's check points, never inside GC.

CPython runs finalizers wherever the cycle collector happens to start: inside
any allocation, in the middle of C code that does not expect arbitrary code to
run.  A ``__del__`` that mutates a list while ``list_slice`` is copying it
(``Lib/test/crashers/mutation_inside_cyclegc.py``, with ``__del__`` instead of a
weakref callback) crashes the host with SIGSEGV.

So the ``__del__`` of a class made in the sandbox is replaced, when the class is
made (or when ``__del__`` is assigned later), by a stand-in.  When the last
reference goes away in sandbox code (``del x``) it runs ``__del__`` at once, as
CPython does.  While the collector runs (``gc.callbacks`` tells when), or when no
execution is running, it only queues the object.  The queue is run by the
runtime at its next check point, at the end of each cell, and at the start of
the next execution -- always from interpreter code, where running sandbox code is
as safe as any callback.  CPython gives no guarantee about when the collector's
finalizers run, so the semantics hold: each object is finalized once; exceptions
are reported as "Exception ignored in" on the session's output.
"""

from __future__ import annotations

import threading
import types
from collections.abc import Callable
from typing import Any

from ..errors import LimitExceeded
from ..runtime import Runtime

_MARK = "__pbx_deferred_del__"

#: True while the cycle collector runs (set by ``gc_callback``).
IN_GC = [False]


def gc_callback(phase: str, info: dict[str, Any]) -> None:
    IN_GC[0] = phase == "start"


def deferred_del(real: Callable[[Any], Any], rt: Runtime) -> Callable[[Any], None]:
    """The ``__del__`` a sandbox class gets: queue ``self``, run ``real`` later."""
    def __del__(self: Any) -> None:
        if rt.active and not IN_GC[0] and rt._thread == threading.get_ident():
            real(self)  # the last reference went away in sandbox code: now, as CPython
            return
        rt.pending_finalizers.append((real, self))
        if rt.active:
            rt.left = -1  # the next check point runs it
    __del__.__qualname__ = getattr(real, "__qualname__", "__del__")
    setattr(__del__, _MARK, real)
    return __del__


def is_deferred(value: Any) -> bool:
    return isinstance(value, types.FunctionType) and _MARK in value.__dict__


def defer_class_finalizer(cls: Any, rt: Runtime) -> None:
    """Replace a just-made sandbox class's own ``__del__`` by the queueing stand-in."""
    try:
        ns = type.__dict__["__dict__"].__get__(cls)
    except TypeError:
        return
    real = ns.get("__del__")
    if real is None or is_deferred(real) or not callable(real):
        return
    type.__setattr__(cls, "__del__", deferred_del(real, rt))


def run_pending(rt: Runtime) -> None:
    """Run queued finalizers (from a check point: interpreter code, not the GC)."""
    pending = rt.pending_finalizers
    if not pending or rt.finalizing:
        return
    rt.finalizing = True
    try:
        while pending:
            real, obj = pending.popleft()
            try:
                real(obj)
            except LimitExceeded:
                raise
            except BaseException as e:  # noqa: BLE001 - as CPython: reported, not raised
                _report(rt, real, e)
            finally:
                del obj
    finally:
        rt.finalizing = False


def _report(rt: Runtime, real: Any, exc: BaseException) -> None:
    from ..tracebacks import render
    from .hooks import MAX_REPORT_CHARS, _describe, _emit

    text = render(exc, max_chars=MAX_REPORT_CHARS, run_user_code=False)
    _emit(rt, f"Exception ignored in: {_describe(real)}\n{text}\n")


def report_ignored(rt: Runtime, what: str, exc: BaseException) -> None:
    """An exception nobody can catch, on the session's output (as CPython's unraisable)."""
    from ..tracebacks import render
    from .hooks import MAX_REPORT_CHARS, _emit

    text = render(exc, max_chars=MAX_REPORT_CHARS, run_user_code=False)
    _emit(rt, f"Exception ignored in: {what}\n{text}\n")


Runtime.run_pending = staticmethod(run_pending)  # type: ignore[assignment]
