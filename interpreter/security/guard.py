"""The one attribute guard and the value firewall.

Every route by which sandbox code looks up, sets or deletes an attribute by name
ends here: the syntax ``a.b``, ``getattr`` & co., format-string fields,
``operator.attrgetter``, ``__dict__`` and ``vars``.  Whatever an attribute or a
host callable hands back passes ``firewall`` before user code sees it.
"""

from __future__ import annotations

import asyncio
import builtins
import decimal
import types
import weakref
from typing import Any

from ..errors import ForbiddenAttributeError
from ..tracebacks import made_by_sandbox
from . import firewall as _firewall
from .firewall import sandbox_api
from .mappingproxy import SafeMappingProxy

#: Never readable, on any object: the introspection that leads out of the sandbox.
DENIED_NAMES: frozenset[str] = frozenset({
    "__subclasses__", "__globals__", "__builtins__", "__code__", "__closure__",
    "__reduce__", "__reduce_ex__", "__loader__", "__spec__",
    "__import__", "__getstate__", "__setstate__", "__del__",
    "__base_exec__", "__file__", "__cached__", "__path__", "__package__",
    "gi_frame", "gi_code", "gi_yieldfrom", "gi_suspended",
    "cr_frame", "cr_code", "cr_await", "cr_origin", "cr_suspended",
    "ag_frame", "ag_code", "ag_await",
    "tb_frame", "f_back", "f_globals", "f_locals", "f_builtins", "f_code", "f_trace",
    "f_lasti", "f_lineno", "func_globals", "func_code", "im_func", "im_self",
    "mro_entries", "__objclass__", "__self_class__", "__thisclass__",
    "get_loop", "_loop", "__pbx_tb__", "get_stack", "print_stack",
})

#: Underscore names that are public API (namedtuple, enum) and safe on any object.
SAFE_PRIVATE: frozenset[str] = frozenset({
    "_asdict", "_replace", "_fields", "_make", "_field_defaults", "_value_", "_name_",
    "_missing_", "_ignore_", "_order_", "_generate_next_value_", "_member_names_",
    "_member_map_", "_value2member_map_", "_numeric_repr_",
})

#: Set in the namespace of every class the sandbox creates (inherited by subclasses).
USER_CLASS_MARKER = "__pbx_user_class__"

#: Dunders any object may show (the protocol methods ordinary code calls).
SAFE_DUNDERS: frozenset[str] = frozenset({
    "__class__", "__name__", "__qualname__", "__doc__", "__module__", "__mro__",
    "__bases__", "__base__", "__dict__", "__annotations__", "__wrapped__", "__slots__",
    "__match_args__", "__dataclass_fields__", "__dataclass_params__", "__members__",
    "__len__", "__iter__", "__next__", "__contains__", "__getitem__", "__setitem__",
    "__delitem__", "__missing__", "__reversed__", "__length_hint__",
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__bool__",
    "__add__", "__radd__", "__iadd__", "__sub__", "__rsub__", "__isub__", "__mul__",
    "__rmul__", "__imul__", "__matmul__", "__rmatmul__", "__imatmul__", "__truediv__",
    "__rtruediv__", "__itruediv__", "__floordiv__", "__rfloordiv__", "__ifloordiv__",
    "__mod__", "__rmod__", "__imod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__",
    "__ipow__", "__lshift__", "__rlshift__", "__ilshift__", "__rshift__", "__rrshift__",
    "__irshift__", "__and__", "__rand__", "__iand__", "__or__", "__ror__", "__ior__",
    "__xor__", "__rxor__", "__ixor__", "__neg__", "__pos__", "__abs__", "__invert__",
    "__index__", "__int__", "__float__", "__complex__", "__round__", "__trunc__",
    "__floor__", "__ceil__", "__init__", "__new__", "__call__", "__repr__", "__str__",
    "__format__", "__bytes__", "__enter__", "__exit__", "__aenter__", "__aexit__",
    "__await__", "__aiter__", "__anext__", "__set_name__", "__init_subclass__",
    "__class_getitem__", "__get__", "__set__", "__delete__", "__setattr__", "__delattr__",
    "__getattr__", "__copy__", "__deepcopy__", "__sizeof__", "__dir__",
    "__traceback__", "__cause__", "__context__", "__suppress_context__", "__notes__",
    "__args__", "__origin__", "__parameters__", "__total__", "__required_keys__",
    "__optional_keys__", "__orig_bases__", "__abstractmethods__", "__isabstractmethod__",
    "__defaults__", "__kwdefaults__", "__self__", "__func__", "__text_signature__",
    "__subclasshook__",
    "__instancecheck__", "__subclasscheck__", "__prepare__", "__version__", "__all__",
    "__fspath__", "__buffer__", "__signature__", "__type_params__", "__orig_class__",
    "__annotations_cache__", "__frozen__", "__weakrefoffset__", "__basicsize__",
    "__itemsize__", "__flags__", "__dictoffset__", "__getnewargs__", "__getnewargs_ex__",
})

#: Dunders that only user-made objects may show (host ones could leak host values).
_USER_ONLY_DUNDERS = frozenset({
    "__defaults__", "__kwdefaults__", "__self__", "__wrapped__", "__func__",
})

#: Attributes that can never be set or deleted, even on user objects.
UNSETTABLE: frozenset[str] = frozenset({
    "__code__", "__globals__", "__closure__", "__builtins__", "__bases__", "__mro__",
    "__base__", "__subclasses__", "__getattribute__", "__pbx_tb__", "__reduce__",
    "__reduce_ex__", "__loader__", "__spec__",
})

USER_CLASSES: weakref.WeakSet[type] = weakref.WeakSet()
USER_FUNCTIONS: weakref.WeakSet[Any] = weakref.WeakSet()
#: Where a sandbox coroutine function keeps its synchronous twin (``await f()``).
TWIN_KEY = "__pbx_twin__"
#: Code objects of the trampolines of sandbox functions, by id (kept alive, so ids stay
#: theirs): ``id(fn.__code__) in SANDBOX_CODES`` tells a user function (and a sandbox
#: coroutine or generator) in one lookup.  Not a set of code objects: hashing one hashes
#: all of its constants, nested code included, on every lookup.
SANDBOX_CODES: dict[int, types.CodeType] = {}

_REAL_BUILTINS_DICT = builtins.__dict__


def _loop_types() -> set[type]:
    found: set[type] = set()
    todo = [asyncio.AbstractEventLoop]
    while todo:
        t = todo.pop()
        found.add(t)
        todo.extend(t.__subclasses__())
    return found


#: Types of values that never reach user code (kept for callers of the old API; the
#: firewall in ``firewall.py`` decides, subclass-aware).
BAD_TYPES: set[type] = {types.ModuleType, types.FrameType, types.CodeType} | _loop_types()




def register_bad_type(t: type) -> None:
    """Refuse instances of ``t`` too (e.g. the event loop class of the running kernel)."""
    if t not in (type, object, dict, list, tuple, str):
        BAD_TYPES.add(t)
        _firewall._BAD_CLASSES.add(t)
        _firewall._KINDS.pop(t, None)


def firewall(value: Any) -> Any:
    """Refuse values that lead out of the sandbox; return the others unchanged."""
    return _firewall.admit(value)


def is_sandbox_callable(fn: Any) -> bool:
    """A function, method or class made by sandbox code (its results are sandbox's)."""
    t = type(fn)
    if t is types.FunctionType:
        return id(fn.__code__) in SANDBOX_CODES
    if t is types.MethodType:
        return type(fn.__func__) is types.FunctionType and id(fn.__func__.__code__) in SANDBOX_CODES
    if t is type and not type.__dict__["__flags__"].__get__(fn) & _HEAPTYPE:
        return False  # a static (C) type such as ``set``: never made by sandbox code
    return issubclass(t, type) and is_user_class(fn)


_HEAPTYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: classes made by class statements or type()


def is_sandbox_coroutine(obj: Any) -> bool:
    code = getattr(obj, "cr_code", None) or getattr(obj, "gi_code", None) or getattr(
        obj, "ag_code", None)
    return id(code) in SANDBOX_CODES


def is_user_class(cls: Any) -> bool:
    try:
        mro = type.__dict__["__mro__"].__get__(cls)
    except TypeError:
        return False
    if mro is None:  # still being built (a metaclass's mro() runs before __mro__ is set)
        mro = (cls, *type.__dict__["__bases__"].__get__(cls))
    if any(_is_registered(c) for c in mro):
        return True
    return is_user_class(type(cls)) if type(cls) is not type else False


def is_user_object(obj: Any) -> bool:
    """Objects made by sandbox code: instances of user classes, user classes, functions."""
    t = type(obj)
    if t is types.FunctionType:
        return id(obj.__code__) in SANDBOX_CODES or obj in USER_FUNCTIONS
    if t is types.MethodType:
        return is_user_object(obj.__func__)
    if issubclass(t, type):
        return is_user_class(obj)
    return is_user_class(t)


def _deny(obj: Any, name: str) -> ForbiddenAttributeError:
    owner = obj.__name__ if isinstance(obj, type) else type(obj).__name__
    return ForbiddenAttributeError(
        f"access to attribute '{name}' of {owner!s} object is not allowed in the sandbox")


def name_readable(obj: Any, name: str) -> bool:
    """The read rule, by name and owner; values still pass the firewall."""
    if name in DENIED_NAMES or name.startswith("__pbx"):
        return False
    if not name.startswith("_") or name in SAFE_PRIVATE:
        return True
    if name in SAFE_DUNDERS:
        if name in _USER_ONLY_DUNDERS:
            return is_user_object(obj) or (name == "__self__" and _safe_self(obj)) or (
                name in ("__func__", "__wrapped__") and _wraps_user_function(obj, name))
        return True
    if name == "__getattribute__":
        return True
    return is_user_object(obj) and _defined_by_user(obj, name)


def _defined_by_user(obj: Any, name: str) -> bool:
    """A private name is readable where sandbox code put it, never when it is inherited
    from a host class (``MyEnum._convert_`` would reach host module globals)."""
    if not issubclass(type(obj), type):
        if type(obj) is types.FunctionType or type(obj) is types.MethodType:
            return True  # attributes set on user functions
        try:
            if name in object.__getattribute__(obj, "__dict__"):
                return True
        except (AttributeError, TypeError):
            pass
        mro = type(obj).__mro__
    else:  # a class: its own MRO, then its metaclass's (EnumType._convert_)
        mro = type.__dict__["__mro__"].__get__(obj) + type(obj).__mro__
    for klass in mro:
        if name in type.__dict__["__dict__"].__get__(klass):
            return _is_registered(klass)
    return True  # not found: the lookup raises AttributeError or reaches __getattr__


def _is_registered(klass: type) -> bool:
    """Made by sandbox code: registered, or still carrying the marker while being built."""
    return klass in USER_CLASSES or USER_CLASS_MARKER in type.__dict__["__dict__"].__get__(klass)


def _wraps_user_function(obj: Any, name: str) -> bool:
    """``staticmethod(f).__func__``, ``functools.wraps`` results: fine for user ``f``."""
    try:
        value = getattr(obj, name)
    except Exception:
        return False
    return is_user_object(value)


def _safe_self(obj: Any) -> bool:
    return isinstance(obj, types.MethodType) and is_user_object(obj.__func__)


def plain_name(name: str) -> bool:
    """Names the compiler may read with the fast path: readable on every object."""
    return (not name.startswith("_") and name not in DENIED_NAMES
            and name not in SPECIAL_NAMES)


def private_name(name: str) -> bool:
    """``_x`` (not a dunder, not ours): on instances of classes made wholly in the sandbox
    it is always the user's own attribute, so the compiler may read it directly there."""
    return (name.startswith("_") and not (name.startswith("__") and name.endswith("__"))
            and not name.startswith("__pbx") and name not in DENIED_NAMES
            and name not in SPECIAL_NAMES and name not in UNSETTABLE)


def is_pure_user_class(cls: type) -> bool:
    """Every class of ``cls``'s MRO but ``object`` was made by sandbox code (and it is no
    metaclass): nothing an instance inherits comes from a host class."""
    if issubclass(cls, type):
        return False
    return all(k is object or _is_registered(k) for k in type.__dict__["__mro__"].__get__(cls))


def guarded_getattr(obj: Any, name: str, *default: Any) -> Any:
    """``getattr`` through the guard and the firewall."""
    if type(name) is not str:
        if isinstance(name, str):
            name = str.__str__(name)
        else:
            raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
    if not name_readable(obj, name):
        if default:
            return default[0]
        raise _deny(obj, name)
    special = SPECIAL_NAMES.get(name)
    try:
        if special is not None:
            return special(obj, name)
        value = getattr(obj, name)
    except AttributeError:
        if default:
            return default[0]
        raise
    if type(value) not in _firewall.CLEAN:
        return _firewall.admit(value)
    return value


def guarded_hasattr(obj: Any, name: str) -> bool:
    try:
        guarded_getattr(obj, name)
    except AttributeError:
        return False
    return True


def check_setattr(obj: Any, name: str, value: Any = None, delete: bool = False) -> None:
    """The write rule: only user-made objects (and exceptions) take attributes."""
    if type(name) is not str:
        raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
    from .modules import ModuleProxy

    what = "delete" if delete else "set"
    if isinstance(obj, ModuleProxy):
        raise ForbiddenAttributeError(f"cannot {what} attribute '{name}': modules are read-only")
    if name in UNSETTABLE or name.startswith("__pbx"):
        raise ForbiddenAttributeError(f"cannot {what} attribute '{name}' in the sandbox")
    if is_user_object(obj) or (isinstance(obj, BaseException) and (
            name in EXCEPTION_PROTOCOL_FIELDS or made_by_sandbox(obj))):
        if name == "__class__" and not delete and not is_user_class(value):
            raise ForbiddenAttributeError("__class__ can only be set to a class defined here")
        if name == "__annotations__" and not delete:
            from .annotations import check_annotations

            check_annotations(value)
        return
    if isinstance(obj, decimal.Context) and name in _DECIMAL_CONTEXT_FIELDS and not any(
            obj is shared for shared in (decimal.DefaultContext, decimal.BasicContext,
                                         decimal.ExtendedContext)):
        if not delete:  # each session has its own decimal context, within bounds
            from ..runtime import ACTIVE
            from .decimals import check_context_value

            rt = ACTIVE[0]
            check_context_value(name, value, rt.policy.timeout if rt is not None else None)
        return
    raise _host_write_error(obj, name, what)


#: What sandbox code may set on an exception a host class made (a ``ValueError`` raised
#: by ``int()``): the fields of the exception protocol.  Exceptions of classes defined
#: in the sandbox take any attribute.
EXCEPTION_PROTOCOL_FIELDS = frozenset({
    "__cause__", "__context__", "__suppress_context__", "__traceback__", "__notes__", "args",
})

_DECIMAL_CONTEXT_FIELDS = frozenset({
    "prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps",
})


def _host_write_error(obj: Any, name: str, what: str) -> Exception:
    """CPython's own error where CPython would refuse too; ours otherwise."""
    if issubclass(type(obj), type):
        if obj.__flags__ & (1 << 9) == 0:  # not Py_TPFLAGS_HEAPTYPE: a builtin type
            return TypeError(f"cannot {what} '{name}' attribute of immutable type "
                             f"'{obj.__name__}'")
        return ForbiddenAttributeError(
            f"cannot {what} attribute '{name}' of host class {obj.__name__} in the sandbox")
    if not hasattr(obj, "__dict__") and not hasattr(type(obj), name):
        return AttributeError(f"'{type(obj).__name__}' object has no attribute '{name}'")
    return ForbiddenAttributeError(
        f"cannot {what} attribute '{name}' of host {type(obj).__name__} object in the sandbox")


def guarded_setattr(obj: Any, name: str, value: Any) -> None:
    check_setattr(obj, name, value)
    if name == "__del__" and isinstance(obj, type) and callable(value):
        from ..runtime import ACTIVE
        from .finalizers import deferred_del, is_deferred

        rt = ACTIVE[0]
        if rt is not None and not is_deferred(value):
            value = deferred_del(value, rt)  # runs at check points, never inside the GC
    setattr(obj, name, value)


def guarded_delattr(obj: Any, name: str) -> None:
    check_setattr(obj, name, delete=True)
    delattr(obj, name)


# ---------------------------------------------------------------------------
# Names that read through a wrapper


def filtered_dict(obj: Any) -> dict[str, Any]:
    """A copy of a host object's namespace without what the guard denies."""
    ns = type.__dict__["__dict__"].__get__(obj) if isinstance(obj, type) else obj.__dict__
    return {k: v for k, v in ns.items()
            if isinstance(k, str) and name_readable(obj, k) and k not in SPECIAL_NAMES
            and _firewall.admits(v)}


def _read_dict(obj: Any, name: str) -> Any:
    from .modules import ModuleProxy

    if isinstance(obj, ModuleProxy):
        return obj.__pbx_namespace__()
    if is_user_object(obj) and not isinstance(obj, type):
        d = obj.__dict__
        if type(obj) is types.FunctionType and TWIN_KEY in d:  # a coroutine function's
            return {k: v for k, v in d.items() if k != TWIN_KEY}  # twin stays hidden
        return d
    if isinstance(obj, type) and is_user_class(obj) and obj in USER_CLASSES:
        return SafeMappingProxy(type.__dict__["__dict__"].__get__(obj))
    return filtered_dict(obj)


@sandbox_api
class GuardedNameMethod:
    """``__getattribute__``/``__setattr__``/``__delattr__`` read as a method.

    ``object.__setattr__(self, n, v)`` and ``super().__getattribute__(n)`` are
    ordinary in user classes; the wrapper applies the guard to the name first.
    """

    __slots__ = ("_method", "_target", "_kind")

    def __init__(self, method: Any, target: Any, kind: str) -> None:
        self._method, self._target, self._kind = method, target, kind

    def __call__(self, *args: Any) -> Any:
        if self._target is _UNBOUND:
            if not args:
                raise TypeError("expected at least 1 argument")
            target, rest = args[0], args[1:]
        else:
            target, rest = self._target, args
        if rest:
            name = rest[0]
            if self._kind == "get":
                if type(name) is not str or not name_readable(target, name):
                    raise _deny(target, str(name))
                if name in SPECIAL_NAMES:
                    return guarded_getattr(target, name)
                return firewall(self._method(*args))
            check_setattr(target, name, rest[1] if len(rest) > 1 else None,
                          self._kind == "del")
        return self._method(*args)

    def __repr__(self) -> str:
        return f"<guarded __{self._kind}attr{'ibute' if self._kind == 'get' else ''}__>"


_UNBOUND = object()
_KINDS = {"__getattribute__": "get", "__setattr__": "set", "__delattr__": "del"}


def _read_name_method(obj: Any, name: str) -> Any:
    method = getattr(obj, name)
    if isinstance(obj, type):
        return GuardedNameMethod(method, _UNBOUND, _KINDS[name])
    target = obj.__self__ if isinstance(obj, super) else obj
    return GuardedNameMethod(method, target, _KINDS[name])


def _read_format(obj: Any, name: str) -> Any:
    from .formatting import safe_format_attribute

    return safe_format_attribute(obj, name)


def _read_self(obj: Any, name: str) -> Any:
    value = getattr(obj, name)
    return firewall(value)


def _read_register(obj: Any, name: str) -> Any:
    from .mutators import read_register

    return read_register(obj, name)


@sandbox_api
class GuardedDescriptorWrite:
    """``descriptor.__set__(obj, v)`` / ``__delete__(obj)``: only on sandbox objects."""

    __slots__ = ("_method",)

    def __init__(self, method: Any) -> None:
        self._method = method

    def __call__(self, target: Any, *args: Any) -> Any:
        if not (is_user_object(target) or isinstance(target, BaseException) and
                made_by_sandbox(target)):
            raise ForbiddenAttributeError(
                f"cannot change a host {type(target).__name__} object through a descriptor")
        return self._method(target, *args)


def _read_descriptor_write(obj: Any, name: str) -> Any:
    return GuardedDescriptorWrite(getattr(obj, name))


@sandbox_api
class GuardedInit:
    """``HostClass.__init__`` (and ``__set_name__``) read from a class: re-initialising
    an object changes it in place, so the object must be one sandbox code made.

    ``super().__init__(...)``, ``dict.__init__(self, ...)`` and ``Exception.__init__(self,
    msg)`` in user classes work as ever; ``type(typing.List).__init__(typing.List, ...)``
    or ``decimal.Context.__init__(shared, prec=10**6)`` do not.
    """

    __slots__ = ("_method", "_target")

    def __init__(self, method: Any, target: Any = _UNBOUND) -> None:
        self._method, self._target = method, target

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._target is _UNBOUND:
            if not args:
                return self._method(*args, **kwargs)
            target = args[0]
        else:
            target = self._target
        if not is_user_object(target):
            raise ForbiddenAttributeError(
                f"cannot re-initialise a host {type(target).__name__} object in the sandbox")
        if self._target is _UNBOUND:
            return self._method(*args, **kwargs)
        return self._method(target, *args, **kwargs)

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        return GuardedInit(self._method, obj)

    def __repr__(self) -> str:
        return f"<guarded {getattr(self._method, '__qualname__', 'method')}>"


def _read_init(obj: Any, name: str) -> Any:
    value = getattr(obj, name)
    if is_user_object(value):
        return value  # a sandbox function: whatever it does is checked as it runs
    if isinstance(obj, super):
        target = super.__dict__["__self__"].__get__(obj)
        if target is None or is_user_object(target):
            return value
        raise _deny(target, name)
    if isinstance(obj, type):
        return GuardedInit(getattr(value, "__func__", value)) if not isinstance(
            value, GuardedInit) else value
    if is_user_object(obj):
        return value
    raise _deny(obj, name)


#: Registries of enum classes: host enums hand out copies (the real ones are shared).
_ENUM_MAPS = frozenset({"_member_map_", "_value2member_map_", "_member_names_",
                        "_field_defaults"})


def _read_enum_map(obj: Any, name: str) -> Any:
    if name == "__annotations__" and isinstance(obj, type) and not is_user_class(obj):
        # reading a host class's __annotations__ would create one in its namespace
        own = type.__dict__["__dict__"].__get__(obj).get("__annotations__")
        return dict(own) if isinstance(own, dict) else {}
    value = getattr(obj, name)
    if is_user_object(obj) and (name in ("__annotations__", "__slots__") or
                                _defined_by_user_class(obj, name)):
        return value
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, list):
        return list(value)
    return firewall(value)


def _defined_by_user_class(obj: Any, name: str) -> bool:
    """Whether the class that holds ``name`` (the enum or namedtuple class) is a user class."""
    mro = type.__dict__["__mro__"].__get__(obj) if isinstance(obj, type) else type(obj).__mro__
    for klass in mro:
        if name in type.__dict__["__dict__"].__get__(klass):
            return _is_registered(klass)
    return False


SPECIAL_NAMES: dict[str, Any] = {
    "__init__": _read_init,
    "__set_name__": _read_init,
    "_member_map_": _read_enum_map,
    "_value2member_map_": _read_enum_map,
    "_member_names_": _read_enum_map,
    "_field_defaults": _read_enum_map,
    "__annotations__": _read_enum_map,
    "__slots__": _read_enum_map,
    "register": _read_register,
    "__set__": _read_descriptor_write,
    "__delete__": _read_descriptor_write,
    "__dict__": _read_dict,
    "__setattr__": _read_name_method,
    "__delattr__": _read_name_method,
    "__getattribute__": _read_name_method,
    "format": _read_format,
    "format_map": _read_format,
    "__self__": _read_self,
}


def guarded_dir(obj: Any = None) -> list[str]:
    """``dir`` without what the guard would deny (used for completion too)."""
    try:
        names = dir(obj)
    except Exception:
        return []
    return sorted(n for n in names if name_readable(obj, n))


def guarded_vars(obj: Any) -> Any:
    try:
        return guarded_getattr(obj, "__dict__")
    except AttributeError:
        raise TypeError("vars() argument must have __dict__ attribute") from None
