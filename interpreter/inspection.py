"""``inspect_request``: signature and docstring of a sandbox object (Shift-Tab).

Like completion, inspection runs no user code: docstrings are read statically,
a callable instance is described by its class's ``__call__``, and only plain
builtin values show their repr.  Any surprise answers "not found".
"""

from __future__ import annotations

import functools
import inspect
import re
import types
from typing import TYPE_CHECKING, Any

from .completion import _MISSING, bind_static, is_kind, resolve
from .errors import LimitExceeded
from .security.builtins import SandboxBuiltin
from .security.modules import ModuleProxy

if TYPE_CHECKING:
    from .session import Session

_NAME = re.compile(r"[A-Za-z_][\w.]*")
_SIGNED = (types.FunctionType, types.MethodType, types.BuiltinFunctionType,
           types.MethodDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType,
           types.ClassMethodDescriptorType, functools.partial, type)
_PLAIN = (int, float, complex, bool, str, bytes, type(None))
_C_DESCRIPTORS = (types.GetSetDescriptorType, types.MemberDescriptorType)


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


def signature_of(obj: Any) -> str | None:
    """``(a, b=2) -> int`` for functions, classes and callable instances."""
    target = obj
    builtin = is_kind(obj, SandboxBuiltin)
    if builtin:  # the session's print/input/...: its function, without host annotations
        target = inspect.getattr_static(type(obj), "__call__").__func__
    elif is_kind(obj, type):
        target = _constructor(obj)
    elif not is_kind(obj, *_SIGNED):
        try:
            call = inspect.getattr_static(type(obj), "__call__")
        except AttributeError:
            return None
        target = bind_static(obj, call)
        if not is_kind(target, types.MethodType):
            return None
    try:
        signature = inspect.signature(target)
    except (Exception, LimitExceeded):  # noqa: BLE001 - no signature is an answer too
        return None
    if builtin or _is_sandbox_builtin(target):  # no host annotations
        signature = signature.replace(
            parameters=[p.replace(annotation=p.empty) for p in signature.parameters.values()],
            return_annotation=signature.empty)
    return str(signature)


def _constructor(cls: type) -> Any:
    """A class's user ``__init__`` or ``__new__`` as a bound method (no ``self``/``cls``),
    found statically so that a metaclass's ``__getattr__`` never runs; else the class."""
    for name in ("__init__", "__new__"):
        try:
            method = inspect.getattr_static(cls, name)
        except AttributeError:
            continue
        if is_kind(method, staticmethod):
            method = method.__func__
        if is_kind(method, types.FunctionType) and not _is_sandbox_builtin(method):
            return types.MethodType(method, cls)
    return cls


def _is_sandbox_builtin(fn: Any) -> bool:
    if not is_kind(fn, types.FunctionType, types.MethodType):
        return False
    if is_kind(fn, types.MethodType):
        fn = fn.__func__
    # CPython's builtins are C functions; Python functions claiming to be builtins are
    # the session's print/input/getattr..., written with host type annotations.
    return is_kind(fn, types.FunctionType) and fn.__module__ == "builtins"


def doc_of(obj: Any) -> str | None:
    """The object's own docstring, read without running descriptors of user code."""
    try:
        doc = inspect.getattr_static(obj, "__doc__")
    except AttributeError:
        return None
    if is_kind(doc, *_C_DESCRIPTORS) and not is_kind(obj, type):
        try:
            doc = doc.__get__(obj, type(obj))
        except (Exception, LimitExceeded):  # noqa: BLE001
            return None
    return inspect.cleandoc(doc) if type(doc) is str else None


def type_name(obj: Any) -> str:
    if is_kind(obj, ModuleProxy):
        return "module"
    return type.__dict__["__name__"].__get__(type(obj))


def describe(obj: Any, name: str, detail_level: int) -> str:
    """The text IPython's ``obj?`` would show, in its layout."""
    lines: list[str] = []
    callable_ = callable(obj) and not is_kind(obj, ModuleProxy)
    signature = signature_of(obj) if callable_ else None
    if signature is not None:
        lines.append(f"Signature: {name}{signature}")
    if is_kind(obj, ModuleProxy):
        lines.append(f"String form: {obj!r}")
    elif type(obj) in _PLAIN:
        text = repr(obj[:201] if is_kind(obj, str, bytes) else obj)
        lines.append(f"String form: {text if len(text) <= 200 else text[:200] + '...'}")
    lines.append(f"Type:      {type_name(obj)}")
    doc = doc_of(obj)
    if doc is None and not callable_ and type(obj) not in _PLAIN and not is_kind(
            obj, ModuleProxy):
        doc = doc_of(type(obj))  # an instance: its class's docstring
    if doc:
        lines.append("Docstring:")
        lines.append(doc if detail_level else doc.split("\n\n")[0])
    return "\n".join(lines)


def inspect_reply(session: Session, code: str, cursor_pos: int,
                  detail_level: int) -> dict[str, Any]:
    """The ``inspect_reply`` content; "not found" rather than failing."""
    try:
        name = name_at(code, cursor_pos)
        obj = resolve(session, name) if name else _MISSING
        if obj is _MISSING:
            return {"status": "ok", "found": False, "data": {}, "metadata": {}}
        text = describe(obj, name, detail_level)
    except (Exception, LimitExceeded):  # noqa: BLE001 - inspection must never fail the kernel
        return {"status": "ok", "found": False, "data": {}, "metadata": {}}
    return {"status": "ok", "found": True, "data": {"text/plain": text}, "metadata": {}}
