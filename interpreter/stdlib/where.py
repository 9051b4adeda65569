"""Where sandbox code is running right now: ``warnings.warn``'s ``stacklevel``.

The compiled closures do not keep a current line for speed; the positions they carry
(``Pos``) are in their host frames, though: a call expression holds its own, a block
the statement it runs.  Walking the host stack from the innermost frame, the first
position seen for each sandbox frame (the frame list ``f``) is where that frame is.

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
        if type(f) is list and id(f) not in seen:
            pos = _frame_pos(local_vars)
            if pos is not None:
                seen.add(id(f))
                out.append(pos)
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
