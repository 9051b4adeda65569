"""The sandbox's ``traceback``: sandbox tracebacks rendered by ``interpreter.tracebacks``.

An exception's traceback in the sandbox is the list of sandbox positions it passed,
never the host's frames; this module formats exactly what a cell error would show.
``format_exception_only`` follows CPython's text (module-qualified type names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..security.firewall import sandbox_api
from ..tracebacks import render
from .sys import _handled
from .where import complete_trace

if TYPE_CHECKING:
    from . import Stdlib

_SENTINEL: Any = object()


def _exception(exc: Any, value: Any) -> BaseException | None:
    """CPython's two calling conventions: (exc) or (type, value, tb)."""
    if value is not _SENTINEL:
        return value
    if exc is None or isinstance(exc, BaseException):
        return exc
    raise TypeError(f"Exception expected for value, {type(exc).__name__} found")


def _complete(e: BaseException) -> None:
    seen: set[int] = set()
    cur: BaseException | None = e
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        try:
            complete_trace(cur)
        except Exception:  # noqa: BLE001 - positions are a nicety, the text is not
            pass
        cur = cur.__cause__ or cur.__context__


def _split(text: str) -> list[str]:
    """One string per traceback header, frame and exception line, as CPython lists them."""
    out: list[str] = []
    for line in text.split("\n"):
        if out and line.startswith("    ") and not out[-1].startswith("Traceback") and (
                out[-1].startswith("  File ") or out[-1].startswith("  Cell In[")
                or out[-1].startswith("    ")):
            out[-1] += line + "\n"
        else:
            out.append(line + "\n")
    return out


def format_exception_only(exc: Any, /, value: Any = _SENTINEL) -> list[str]:
    """Format the exception part of a traceback (``'ValueError: bad\\n'``)."""
    e = _exception(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    t = type(e)
    stype = t.__qualname__
    smod = t.__module__
    if smod not in ("__main__", "builtins"):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + "." + stype
    if isinstance(e, SyntaxError):
        return [line + "\n" for line in render(e).split("\n")
                if not line.startswith("Traceback")][-4:]
    try:
        msg = str(e)
    except Exception:
        msg = "<exception str() failed>"
    lines = [f"{stype}: {msg}\n" if msg else f"{stype}\n"]
    notes = getattr(e, "__notes__", None)
    if isinstance(notes, list | tuple):
        lines.extend(f"{n}\n" for n in notes)
    return lines


def format_exception(exc: Any, /, value: Any = _SENTINEL, tb: Any = _SENTINEL,
                     limit: Any = None, chain: bool = True) -> list[str]:
    """Format a sandbox exception and its chain as CPython's ``traceback`` lists it."""
    e = _exception(exc, value)
    if e is None:
        return ["NoneType: None\n"]
    _complete(e)
    if not chain:
        saved = (e.__cause__, e.__context__)
        e.__cause__ = e.__context__ = None
        try:
            return _split(render(e))
        finally:
            e.__cause__, e.__context__ = saved
    return _split(render(e))


def build(lib: Stdlib) -> dict[str, Any]:
    def _write(text: str, file: Any) -> None:
        if file is None:
            lib.streams.write("stderr", text)
        else:
            file.write(text)

    def print_exception(exc: Any, /, value: Any = _SENTINEL, tb: Any = _SENTINEL,
                        limit: Any = None, file: Any = None, chain: bool = True) -> None:
        """Print a sandbox exception and its traceback (to the sandbox's stderr)."""
        _write("".join(format_exception(exc, value, tb, limit, chain)), file)

    def format_exc(limit: Any = None, chain: bool = True) -> str:
        """The traceback of the exception being handled, as a string."""
        return "".join(format_exception(_handled(), limit=limit, chain=chain))

    def print_exc(limit: Any = None, file: Any = None, chain: bool = True) -> None:
        """Print the traceback of the exception being handled (to the sandbox's stderr)."""
        _write(format_exc(limit, chain), file)

    def clear_frames(tb: Any) -> None:
        """Clear the frames of a traceback: sandbox tracebacks hold no frames to clear."""

    values = {"clear_frames": clear_frames, "format_exception_only": format_exception_only,
              "format_exception": format_exception, "print_exception": print_exception,
              "format_exc": format_exc, "print_exc": print_exc}
    for fn in values.values():
        fn.__module__ = "traceback"
        sandbox_api(fn)
    return values


