"""``inspect_request``: signature and docstring of a sandbox object (Shift-Tab)."""

from __future__ import annotations

import inspect
import re
from typing import Any

from interpreter import Session

from .completion import _MISSING, resolve

_NAME = re.compile(r"[A-Za-z_][\w.]*")


def name_at(code: str, cursor_pos: int) -> str:
    """The dotted name under or just before the cursor (``f(`` inspects ``f``)."""
    for m in _NAME.finditer(code):
        if m.start() <= cursor_pos <= m.end():
            return m.group(0)
    before = code[:cursor_pos].rstrip()
    if before.endswith("("):
        found = _NAME.findall(before[:-1])
        return found[-1] if found else ""
    return ""


def describe(obj: Any, name: str, detail_level: int) -> str:
    lines: list[str] = []
    try:
        signature = str(inspect.signature(obj)) if callable(obj) else None
    except (TypeError, ValueError):
        signature = None
    if signature is not None:
        lines.append(f"Signature: {name}{signature}")
    type_name = type(obj).__name__
    if not callable(obj):
        text = repr(obj) if isinstance(obj, int | float | str | bool | type(None)) else None
        if text is not None:
            lines.append(f"Value:     {text[:200]}")
    lines.append(f"Type:      {type_name}")
    doc = inspect.getdoc(obj) if callable(obj) or isinstance(obj, type) else None
    if doc:
        lines.append("Docstring:")
        lines.append(doc if detail_level else doc.split("\n\n")[0])
    return "\n".join(lines)


def inspect_reply(session: Session, code: str, cursor_pos: int,
                  detail_level: int) -> dict[str, Any]:
    name = name_at(code, cursor_pos)
    obj = resolve(session, name) if name else _MISSING
    if obj is _MISSING:
        return {"status": "ok", "found": False, "data": {}, "metadata": {}}
    text = describe(obj, name, detail_level)
    return {"status": "ok", "found": True, "data": {"text/plain": text}, "metadata": {}}
