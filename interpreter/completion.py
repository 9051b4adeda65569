"""Tab completion from the session's namespace, without running user code.

It runs where the session lives: in the kernel process for an in-process ``Session``,
in the worker for a jailed one (``Session.complete`` is the entry point).

Attribute chains are followed statically (``inspect.getattr_static``: no properties,
no ``__getattr__``), instance dictionaries are read through C-level descriptors only,
types are tested with ``type()`` (``isinstance`` may consult a user ``__class__``), and
every name passes the sandbox's attribute guard.  A completion request must never
hang or fail the kernel, so any surprise gives an empty answer.
"""

from __future__ import annotations

import inspect
import keyword
import re
import types
from typing import TYPE_CHECKING, Any

from .errors import LimitExceeded
from .security.guard import name_readable
from .security.modules import ModuleProxy

if TYPE_CHECKING:
    from .session import Session

_TOKEN = re.compile(r"[A-Za-z_][\w.]*$|\.$")
_IMPORT = re.compile(r"^\s*(import|from)\s+([\w.]*)$")
_LITERAL = re.compile(r"""(?P<literal>(?P<prefix>[bBrRuUfF]{0,2})(?:'[^'\\\n]*'|"[^"\\\n]*")"""
                      r"""|\[\]|\{\}|\(\))\.(?P<attr>\w*)$""")
_IMPORT_AS = re.compile(r"^\s*import\s+(?P<names>[\w., ]+?)\s*$", re.M)
_FROM_IMPORT = re.compile(r"^\s*from\s+(?P<module>[\w.]+)\s+import\s+\(?(?P<names>[\w, ]+?)"
                          r"\)?\s*$", re.M)
_MISSING = object()
_C_DESCRIPTORS = (types.GetSetDescriptorType, types.MemberDescriptorType)
_MRO = type.__dict__["__mro__"]
_CLASS_DICT = type.__dict__["__dict__"]


def is_kind(obj: Any, *kinds: type) -> bool:
    """``isinstance`` by the real type only: never asks the object for ``__class__``."""
    return issubclass(type(obj), kinds)


def mro(klass: type) -> tuple[type, ...]:
    return _MRO.__get__(klass)


def class_dict(klass: type) -> Any:
    return _CLASS_DICT.__get__(klass)


def instance_dict(obj: Any) -> dict[Any, Any]:
    """The object's own ``__dict__`` if a C-level descriptor provides it, else ``{}``."""
    for klass in mro(type(obj)):
        entry = class_dict(klass).get("__dict__", _MISSING)
        if entry is _MISSING:
            continue
        if is_kind(entry, *_C_DESCRIPTORS):
            try:
                found = entry.__get__(obj, type(obj))
            except Exception:  # noqa: BLE001 - no dict is no names
                return {}
            return found if is_kind(found, dict, types.MappingProxyType) else {}
        return {}  # a user-defined ``__dict__``: not run
    return {}


def static_names(obj: Any) -> list[str]:
    """Attribute names of ``obj`` that the guard lets sandbox code read."""
    if is_kind(obj, ModuleProxy):
        return sorted(n for n in obj.__dir__() if type(n) is str)
    names: set[str] = {n for n in instance_dict(obj) if type(n) is str}
    klass = obj if is_kind(obj, type) else type(obj)
    for k in mro(klass):
        names.update(n for n in class_dict(k) if type(n) is str)
    return sorted(n for n in names if _readable(obj, n))


def _readable(obj: Any, name: str) -> bool:
    try:
        return name_readable(obj, name)
    except (Exception, LimitExceeded):  # noqa: BLE001 - the guard may meet a user __dict__
        return False


def bind_static(obj: Any, attr: Any) -> Any:
    """What ``obj.attr`` would give for descriptors that run no user code."""
    if is_kind(attr, staticmethod):
        return attr.__func__
    if is_kind(attr, classmethod):
        return types.MethodType(attr.__func__, obj if is_kind(obj, type) else type(obj))
    if is_kind(obj, type):
        return attr
    if is_kind(attr, types.FunctionType):
        return types.MethodType(attr, obj)  # shown as bound: no ``self``
    if is_kind(attr, *_C_DESCRIPTORS, types.MethodDescriptorType,
               types.WrapperDescriptorType, types.ClassMethodDescriptorType):
        try:
            return attr.__get__(obj, type(obj))  # C code: slots, builtin methods
        except Exception:  # noqa: BLE001
            return _MISSING
    return attr  # a property or other user descriptor stays unevaluated


def cell_imports(code: str) -> dict[str, tuple[str, str | None]]:
    """Names the cell's own import statements bind (not run yet): name -> (module, attr)."""
    bound: dict[str, tuple[str, str | None]] = {}
    for m in _IMPORT_AS.finditer(code):
        for item in m.group("names").split(","):
            module, _, alias = item.strip().partition(" as ")
            module = module.strip()
            if module:
                name = alias.strip() or module.split(".")[0]
                bound[name] = (module if alias.strip() else name, None)
    for m in _FROM_IMPORT.finditer(code):
        for item in m.group("names").split(","):
            attr, _, alias = item.strip().partition(" as ")
            if attr.strip():
                bound[alias.strip() or attr.strip()] = (m.group("module"), attr.strip())
    return bound


def _imported(session: Session, code: str, name: str) -> Any:
    """What ``name`` will be once the cell's ``import`` runs: allowed modules only."""
    found = cell_imports(code).get(name)
    if found is None:
        return _MISSING
    module, attr = found
    if not session.importer.allowed(module):
        return _MISSING
    proxy = session.importer(module)
    return proxy if attr is None else proxy.__pbx_namespace__().get(attr, _MISSING)


def resolve(session: Session, dotted: str, code: str = "") -> Any:
    """The object a dotted name refers to, found statically; ``_MISSING`` if none.

    Names come from the namespace, the builtins, then the imports in ``code``."""
    parts = dotted.split(".")
    if not parts[0]:
        return _MISSING
    obj = session.namespace.get(parts[0], _MISSING)
    if obj is _MISSING:
        obj = session.builtins.get(parts[0], _MISSING)
    if obj is _MISSING and code:
        obj = _imported(session, code, parts[0])
    for part in parts[1:]:
        if obj is _MISSING or not part or not _readable(obj, part):
            return _MISSING
        if is_kind(obj, ModuleProxy):
            obj = obj.__pbx_namespace__().get(part, _MISSING)
            continue
        try:
            attr = inspect.getattr_static(obj, part)
        except AttributeError:
            return _MISSING
        obj = bind_static(obj, attr)
    return obj


def complete(session: Session, code: str, cursor_pos: int) -> dict[str, Any]:
    """The ``complete_reply`` content; empty rather than failing."""
    try:
        return _complete(session, code, cursor_pos)
    except (Exception, LimitExceeded):  # noqa: BLE001 - user code the guard ran stops at once
        return _reply([], cursor_pos, cursor_pos)


def _complete(session: Session, code: str, cursor_pos: int) -> dict[str, Any]:
    before = code[:cursor_pos]
    lines = before.splitlines()
    line = lines[-1] if lines and not before.endswith("\n") else ""
    imp = _IMPORT.match(line)
    if imp:
        token = imp.group(2)
        modules = sorted(session.importer.policy.allowed_modules)
        matches = [m for m in modules if m.startswith(token)]
        return _reply(matches, cursor_pos - len(token), cursor_pos)
    literal = _LITERAL.search(line)
    if literal:  # 'abc'.up, [].app: a value of the literal's type
        kind = literal.group("literal")
        sample: Any = {"[": [], "{": {}, "(": ()}.get(kind[0], "")
        if "b" in (literal.group("prefix") or "").lower():
            sample = b""
        prefix = literal.group("attr")
        names = [n for n in static_names(sample) if n.startswith(prefix)]
        if not prefix.startswith("_"):
            names = [n for n in names if not n.startswith("_")]
        return _reply(names, cursor_pos - len(prefix), cursor_pos)
    m = _TOKEN.search(line)
    token = m.group(0) if m else ""
    if "." in token:
        base, _, prefix = token.rpartition(".")
        obj = resolve(session, base, code)
        names = [] if obj is _MISSING else static_names(obj)
        if not prefix.startswith("_"):
            names = [n for n in names if not n.startswith("_")]
        matches = [n for n in names if n.startswith(prefix)]
        return _reply(matches, cursor_pos - len(prefix), cursor_pos)
    candidates = {n for n in session.namespace if type(n) is str}
    candidates |= {n for n in session.builtins if type(n) is str} | set(keyword.kwlist)
    candidates -= {"__builtins__"}
    matches = sorted(c for c in candidates if c.startswith(token) and (
        token.startswith("_") or not c.startswith("_")))
    return _reply(matches, cursor_pos - len(token), cursor_pos)


def _reply(matches: list[str], start: int, end: int) -> dict[str, Any]:
    return {"status": "ok", "matches": matches, "cursor_start": start, "cursor_end": end,
            "metadata": {}}
