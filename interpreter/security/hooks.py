"""Process-wide hooks that send what sandbox code reports to its own session.

CPython reports exceptions nobody can catch (a failing ``__del__``, an exception in
a finalizer or a weakref callback) through ``sys.unraisablehook``, and warnings
through ``warnings.showwarning``.  Both print to the host's stderr by default, so
sandbox code could flood it, or show there what the host never meant to show.

``install`` puts a router in front of each hook once per process (and again if
the host replaced it since).  The router asks which session the report comes
from: the slice the exception left (``LAST_SLICE_ERROR``), the session whose code
the exception passed, the session a coroutine or function belongs to, or the
session whose execution is running in this thread.  Reports for a session are
rendered without host frames, cut to ``MAX_REPORT_CHARS``, at most
``MAX_REPORTS`` between two executions, and written to the session's output;
everything else goes on to the hook that was there before.
"""

from __future__ import annotations

import sys
import threading
import types
import warnings
import weakref
from collections.abc import Callable
from typing import Any

from .. import runtime as _runtime
from ..runtime import ACTIVE, Runtime

#: Reports per session between two executions; later ones are counted, not shown.
MAX_REPORTS = 20
MAX_REPORT_CHARS = 2000

_RUNTIMES: weakref.WeakSet[Runtime] = weakref.WeakSet()
_LOCK = threading.Lock()
_previous_unraisable: Callable[[Any], Any] | None = None
_previous_showwarning: Callable[..., Any] | None = None


def register(rt: Runtime) -> None:
    """A runtime the routers may send reports to (its ``namespace`` tells its code)."""
    _RUNTIMES.add(rt)
    install()


def install() -> None:
    """Put the routers in front of the current hooks, unless they are there already."""
    global _previous_unraisable, _previous_showwarning
    import gc

    from .finalizers import gc_callback

    with _LOCK:
        if gc_callback not in gc.callbacks:
            gc.callbacks.append(gc_callback)
        if sys.unraisablehook is not _unraisable_router:
            _previous_unraisable = sys.unraisablehook
            sys.unraisablehook = _unraisable_router
        if warnings.showwarning is not _showwarning_router:
            _previous_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning_router


# ---------------------------------------------------------------------------
# Which session is this from?

def _runtime_of_namespace(ns: Any) -> Runtime | None:
    if ns is None:
        return None
    for rt in list(_RUNTIMES):
        if rt.namespace is ns or getattr(rt, "function_globals", None) is ns:
            return rt
    return None


def _runtime_of_exception(exc: Any) -> Runtime | None:
    last = _runtime.LAST_SLICE_ERROR
    if last and last[0] is exc:
        return last[1]()
    from ..tracebacks import innermost

    if isinstance(exc, BaseException):
        pos = innermost(exc)
        owner = getattr(getattr(pos, "code", None), "owner", None)
        if owner is not None:
            rt = owner()
            if rt is not None:
                return rt
    return None


_PACKAGE_DIR = __file__.rsplit("/", 2)[0] if "/" in __file__ else ""


def _code_of(obj: Any) -> types.CodeType | None:
    """The code of a function, method, coroutine or generator (no sandbox code runs)."""
    t = type(obj)
    if t is types.MethodType:
        obj, t = obj.__func__, type(obj.__func__)
    if t is types.FunctionType:
        return obj.__code__
    if t is types.CoroutineType:
        return obj.cr_code
    if t is types.GeneratorType:
        return obj.gi_code
    if t is types.AsyncGeneratorType:
        return obj.ag_code
    return None


def _sandbox_made(exc: Any, obj: Any) -> bool:
    """Whether a report is about sandbox code (whose session may be gone already)."""
    from ..errors import LimitExceeded
    from ..tracebacks import innermost

    if isinstance(exc, BaseException) and (isinstance(exc, LimitExceeded) or
                                           innermost(exc) is not None):
        return True
    code = _code_of(obj)
    if code is None:
        return False
    name = code.co_filename
    return name == "<pythonbox>" or bool(_PACKAGE_DIR) and name.startswith(_PACKAGE_DIR)


def _runtime_of_object(obj: Any) -> Runtime | None:
    """A sandbox function, method, coroutine or generator: the session it was made in."""
    try:
        t = type(obj)
        if t is types.MethodType:
            obj, t = obj.__func__, type(obj.__func__)
        if t is types.FunctionType:
            return _runtime_of_namespace(obj.__globals__)
        frame = {types.CoroutineType: "cr_frame", types.GeneratorType: "gi_frame",
                 types.AsyncGeneratorType: "ag_frame"}.get(t)
        if frame is not None:
            f = getattr(obj, frame)
            return _runtime_of_namespace(f.f_globals) if f is not None else None
    except Exception:  # noqa: BLE001 - a strange object: not ours to route
        return None
    return None


def _running_here() -> Runtime | None:
    rt = ACTIVE[0]
    if rt is not None and rt.active and rt._thread == threading.get_ident():
        return rt
    return None


def _route(exc: Any, obj: Any) -> Runtime | None:
    return _runtime_of_exception(exc) or _runtime_of_object(obj) or _running_here()


# ---------------------------------------------------------------------------
# Reporting

def _describe(obj: Any) -> str:
    """What CPython names in "Exception ignored in", without running sandbox code."""
    if obj is None:
        return ""
    if isinstance(obj, types.FunctionType | types.MethodType):
        fn = obj.__func__ if isinstance(obj, types.MethodType) else obj
        qualname = fn.__qualname__ if type(fn.__qualname__) is str else "?"
        return f"<function {qualname} at {id(fn):#x}>"
    t = type(obj)
    name = type.__dict__["__qualname__"].__get__(t)
    return f"<{name} object at {id(obj):#x}>"


def _emit(rt: Runtime, text: str) -> None:
    rt.unraisable_reports += 1
    n = rt.unraisable_reports
    if n > MAX_REPORTS + 1:
        return
    if n == MAX_REPORTS + 1:
        text = (f"[further reports of ignored exceptions and warnings are not shown: "
                f"more than {MAX_REPORTS}]\n")
    elif len(text) > MAX_REPORT_CHARS:
        text = text[:MAX_REPORT_CHARS] + "\n[report cut]\n"
    try:
        rt.write(text)
    except BaseException:  # noqa: BLE001 - a report must never raise into the host
        pass


def _unraisable_router(unraisable: Any) -> None:
    try:
        rt = _route(unraisable.exc_value, unraisable.object)
    except BaseException:  # noqa: BLE001
        rt = None
    if rt is None:
        try:
            ours = _sandbox_made(unraisable.exc_value, unraisable.object)
        except BaseException:  # noqa: BLE001
            ours = False
        if ours:
            return  # sandbox code whose session is gone: nobody to tell, never the host
        previous = _previous_unraisable or sys.__unraisablehook__
        previous(unraisable)
        return
    from ..tracebacks import render

    head = unraisable.err_msg or "Exception ignored in"
    where = _describe(unraisable.object)
    lines = [f"{head}: {where}" if where else head]
    exc = unraisable.exc_value
    if exc is not None:
        try:
            lines.append(render(exc, max_chars=MAX_REPORT_CHARS, run_user_code=False))
        except BaseException:  # noqa: BLE001
            lines.append(type(exc).__name__)
    _emit(rt, "\n".join(lines) + "\n")


def _showwarning_router(message: Any, category: Any, filename: str, lineno: int,
                        file: Any = None, line: str | None = None) -> None:
    rt = None
    try:
        if file is None:
            rt = _running_here()
            if rt is None and isinstance(message, Warning):
                rt = _runtime_of_object(getattr(message, "source", None))
    except BaseException:  # noqa: BLE001
        rt = None
    if rt is None:
        previous = _previous_showwarning or warnings._showwarning_orig  # type: ignore[attr-defined]
        previous(message, category, filename, lineno, file, line)
        return
    sink = getattr(rt, "warning_sink", None)  # the session's warnings (interpreter.stdlib)
    if sink is not None:
        try:
            sink(message, category, filename, lineno)
        except BaseException:  # noqa: BLE001 - a report must never raise into the host
            pass
        return
    name = type.__dict__["__name__"].__get__(category) if isinstance(category, type) \
        else "Warning"
    text = str.__str__(message) if isinstance(message, str) else _warning_text(message)
    _emit(rt, f"{name}: {text}\n")


def _warning_text(message: Any) -> str:
    try:
        args = BaseException.__dict__["args"].__get__(message)
        if args and type(args[0]) is str:
            return args[0]
    except Exception:  # noqa: BLE001
        pass
    return ""
