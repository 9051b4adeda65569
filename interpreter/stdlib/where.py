"""Where sandbox code is running right now: ``warnings.warn``'s ``stacklevel``.

The compiled code keeps no current line for speed, but the positions are in its host
frames: a call closure holds its own (``P``), a closure block the statement it runs,
and a generated block (``compiler/blocks``) the columns of its inlined nodes and
statements (its instruction tells which is running).  Walking the host stack from the
innermost frame, the first position seen for each sandbox frame is where that frame is.

This reads the compiler's closures and so depends on their shape; if that changes, the
answer degrades to the cell being run (``None`` here), never to a wrong host value.
"""

from __future__ import annotations

import sys
from typing import Any

from ..tracebacks import Pos

#: How far up the host stack to look (deep sandbox recursion is far beyond warnings).
_MAX_HOST_FRAMES = 4000


def _frame_pos(local_vars: dict[str, Any]) -> Pos | None:
    found = [(k, v) for k, v in local_vars.items() if type(v) is Pos]
    if not found:
        return None
    if len(found) == 1:
        return found[0][1]
    names = dict(found)
    for key in ("P", "p", "last_pos"):
        if key in names:
            return names[key]
    if "p0" in names and "p1" in names:  # a two-statement block: is the second running?
        return names["p1"] if "r" in local_vars else names["p0"]
    return found[0][1]


def _generated_pos(frame: Any, local_vars: dict[str, Any],
                   lasti: int | None = None) -> tuple[Any, Pos] | None:
    """(sandbox frame, position) of a generated statement block (``compiler/blocks``):
    the innermost node or statement the instruction it is at (``lasti``, else the
    frame's) belongs to; its positions list is one of its variables.  A comprehension
    also keeps the index of its running part (``<prefix>L``)."""
    if _SPANS is None or _node_at is None:
        return None
    spans = _SPANS.get(frame.f_code)
    if not spans:
        return None
    positions = next((v for v in local_vars.values() if type(v) is list and v
                      and type(v[0]) is Pos), None)
    if positions is None:
        return None
    try:
        found = _node_at(frame.f_code, frame.f_lasti if lasti is None else lasti, spans)
    except Exception:  # noqa: BLE001 - the compiler's internals moved
        found = None
    if found is None and lasti is None:
        found = next((v for k, v in local_vars.items() if type(v) is int and
                      k.startswith("_pbx") and k.endswith("L")), None)
    if found is None or not 0 <= found < len(positions):
        return None
    f = next((v for k, v in local_vars.items() if type(v) is list and
              k.startswith("_pbx") and k.endswith("F")), None)
    return (f if f is not None else frame), positions[found]


try:  # where generated code keeps the columns of its inlined nodes
    from ..compiler.inline import SPANS as _SPANS
    from ..compiler.inline import _node_at
except ImportError:  # pragma: no cover - the compiler's internals moved
    _SPANS = _node_at = None  # type: ignore[assignment]


def sandbox_stack(limit: int | None = None) -> list[Pos]:
    """Positions of the running sandbox frames, innermost first."""
    out: list[Pos] = []
    seen: set[int] = set()
    frame = sys._getframe(1)
    n = 0
    while frame is not None and n < _MAX_HOST_FRAMES:
        n += 1
        local_vars = frame.f_locals
        f = local_vars.get("f")
        found: tuple[Any, Pos] | None = None
        if type(f) is list:
            pos = _frame_pos(local_vars)
            if pos is not None:
                found = (f, pos)
        else:
            found = _generated_pos(frame, local_vars)
        if found is not None and id(found[0]) not in seen:
            seen.add(id(found[0]))
            out.append(found[1])
            if limit is not None and len(out) >= limit:
                break
        frame = frame.f_back
    return out


def module_of(pos: Pos) -> str:
    """The ``__name__`` of the module a position is in (cells are ``__main__``)."""
    name = pos.code.filename
    if pos.code.hidden and name.startswith("<sandbox ") and name.endswith(">"):
        return name[len("<sandbox "):-1]
    return "__main__"


def complete_trace(exc: BaseException) -> None:
    """Add the positions of sandbox frames that caught ``exc`` where it passed them.

    Generated blocks record a position when an exception leaves them; one caught by a
    ``try`` in the same block has none for that frame yet, though CPython's traceback
    shows the line.  The traceback's entries say where it passed (``tb_lasti``)."""
    from ..tracebacks import _trace, annotate

    tb = exc.__traceback__
    known = {id(f) for f, _ in _trace(exc)}
    outer: list[tuple[Any, Pos]] = []
    while tb is not None:
        found = _generated_pos(tb.tb_frame, tb.tb_frame.f_locals, tb.tb_lasti)
        if found is not None and id(found[0]) not in known:
            known.add(id(found[0]))
            outer.append(found)
        tb = tb.tb_next
    for f, pos in reversed(outer):  # innermost first, as the trace keeps them
        annotate(exc, f, pos)
