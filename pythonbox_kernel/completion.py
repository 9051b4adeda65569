"""Tab completion from the session's namespace, without running user code.

Attribute chains are followed with ``inspect.getattr_static`` (no properties,
no ``__getattr__``) and every name passes the sandbox's attribute guard.
"""

from __future__ import annotations

import inspect
import keyword
import re
import types
from typing import Any

from interpreter import Session
from interpreter.security.guard import name_readable
from interpreter.security.modules import ModuleProxy

_TOKEN = re.compile(r"[A-Za-z_][\w.]*$|\.$")
_IMPORT = re.compile(r"^\s*(import|from)\s+([\w.]*)$")
_MISSING = object()


def _static_names(obj: Any) -> list[str]:
    if isinstance(obj, ModuleProxy):
        return obj.__dir__()
    names: set[str] = set()
    try:
        names.update(object.__getattribute__(obj, "__dict__"))
    except (AttributeError, TypeError):
        pass
    klass = obj if isinstance(obj, type) else type(obj)
    for k in type.__dict__["__mro__"].__get__(klass):
        names.update(type.__dict__["__dict__"].__get__(k))
    return sorted(n for n in names if isinstance(n, str) and name_readable(obj, n))


def resolve(session: Session, dotted: str) -> Any:
    """The object a dotted name refers to, found statically; ``_MISSING`` if none."""
    parts = dotted.split(".")
    ns = session.namespace
    obj = ns.get(parts[0], _MISSING)
    if obj is _MISSING:
        obj = session.builtins.get(parts[0], _MISSING)
    for part in parts[1:]:
        if obj is _MISSING or not name_readable(obj, part):
            return _MISSING
        if isinstance(obj, ModuleProxy):
            obj = obj.__pbx_namespace__().get(part, _MISSING)
            continue
        try:
            attr = inspect.getattr_static(obj, part)
        except AttributeError:
            return _MISSING
        if isinstance(attr, staticmethod):
            attr = attr.__func__
        elif isinstance(attr, classmethod):
            attr = types.MethodType(attr.__func__, obj if isinstance(obj, type) else type(obj))
        elif isinstance(attr, types.FunctionType) and not isinstance(obj, type):
            attr = types.MethodType(attr, obj)  # shown as bound: no ``self``
        obj = attr
    return obj


def complete(session: Session, code: str, cursor_pos: int) -> dict[str, Any]:
    before = code[:cursor_pos]
    line = before.splitlines()[-1] if before.splitlines() else ""
    imp = _IMPORT.match(line)
    if imp:
        token = imp.group(2)
        modules = sorted(session.importer.policy.allowed_modules)
        matches = [m for m in modules if m.startswith(token)]
        return _reply(matches, cursor_pos - len(token), cursor_pos)
    m = _TOKEN.search(line)
    token = m.group(0) if m else ""
    if "." in token:
        base, _, prefix = token.rpartition(".")
        obj = resolve(session, base)
        names = [] if obj is _MISSING else _static_names(obj)
        if not prefix.startswith("_"):
            names = [n for n in names if not n.startswith("_")]
        matches = [n for n in names if n.startswith(prefix)]
        return _reply(matches, cursor_pos - len(prefix), cursor_pos)
    candidates = set(session.namespace) | set(session.builtins) | set(keyword.kwlist)
    candidates -= {"__builtins__"}
    matches = sorted(c for c in candidates if c.startswith(token) and (
        token.startswith("_") or not c.startswith("_")))
    return _reply(matches, cursor_pos - len(token), cursor_pos)


def _reply(matches: list[str], start: int, end: int) -> dict[str, Any]:
    return {"status": "ok", "matches": matches, "cursor_start": start, "cursor_end": end,
            "metadata": {}}

