"""The value firewall: what host code hands back is checked before sandbox code holds it.

The compiler calls it at the few places where host values enter sandbox hands: call
results, attribute reads, subscripts, iteration and unpacking, ``await`` and
``yield from`` results, values sent into sandbox generators, ``except``/``with``
bindings and the arguments host code passes to sandbox functions.  The check there
is one inline set lookup, ``type(v) in CLEAN``; only other types reach ``admit``.

``admit`` classifies a type once (subclass-aware) and then refuses, or checks each
value of that kind:

* forbidden kinds: modules, frames, code objects, event loops, greenlets, contexts,
  files, threads, and every object whose class comes from a host module that leads
  out of the sandbox (``os``, ``sys``, ``subprocess``, ``io`` files, ``asyncio``'s
  loop machinery, the interpreter's own internals...);
* callables, by what they would run: the real ``getattr``/``eval``/``open``... by
  identity, C functions of forbidden modules, raw ``__getattribute__``/``__setattr__``
  style slot wrappers, Python functions of forbidden modules, host tasks, and what
  ``functools.partial``, bound methods, ``staticmethod``/``classmethod`` and
  ``property`` objects wrap;
* classes, by their module (``subprocess.Popen``, ``types.CodeType``);
* namespaces: the real builtins dict and the globals of host modules.

``admit_deep`` also looks inside the containers that host calls return (bounded
work), so that a host function handing back ``(getattr, (cls, name))`` is refused
even before the tuple is taken apart.
"""

from __future__ import annotations

import _thread
import asyncio
import builtins
import contextvars
import functools
import io
import sys
import types
import weakref
from typing import Any

from ..errors import SecurityError

#: Host modules (and their submodules) whose objects must never reach sandbox code.
FORBIDDEN_MODULES: frozenset[str] = frozenset({
    "os", "posix", "nt", "posixpath", "ntpath", "sys", "subprocess", "_posixsubprocess",
    "socket", "_socket", "ssl", "_ssl", "select", "selectors", "signal", "_signal",
    "threading", "_thread", "multiprocessing", "_multiprocessing", "concurrent", "ctypes",
    "_ctypes", "importlib", "_imp", "zipimport", "pkgutil", "runpy", "shutil", "tempfile",
    "pathlib", "glob", "gc", "inspect", "code", "codeop", "pdb", "bdb", "trace",
    "tracemalloc", "faulthandler", "resource", "pty", "tty", "termios", "fcntl", "mmap",
    "marshal", "pickle", "_pickle", "copyreg", "shelve", "dbm", "sqlite3", "webbrowser",
    "http", "urllib", "ftplib", "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc",
    "socketserver", "wsgiref", "email", "logging", "linecache", "tokenize", "site",
    "_sitebuiltins", "pydoc", "atexit", "warnings", "_warnings", "codecs", "_codecs",
    "zipfile", "tarfile", "lzma", "bz2", "builtins_", "greenlet", "_greenlet", "psutil",
    "ipykernel", "jupyter_client", "zmq", "tornado", "traitlets", "IPython", "pytest",
    "_pytest", "pythonbox_kernel", "interpreter",
    "asyncio.events", "asyncio.base_events", "asyncio.unix_events",
    "asyncio.selector_events", "asyncio.proactor_events", "asyncio.windows_events",
    "asyncio.subprocess", "asyncio.base_subprocess", "asyncio.streams",
    "asyncio.transports", "asyncio.sslproto", "asyncio.threads", "asyncio.runners",
    "asyncio.trsock", "asyncio.log", "asyncio.staggered", "asyncio.format_helpers",
})

#: Real builtins that sandbox code never gets (the sandbox has its own versions).
_FORBIDDEN_BUILTIN_NAMES = (
    "getattr", "setattr", "delattr", "hasattr", "eval", "exec", "compile", "open",
    "__import__", "globals", "locals", "vars", "dir", "breakpoint", "input", "print",
    "__build_class__", "help", "exit", "quit", "copyright", "credits", "license", "format",
)

#: Slot wrappers and methods that bypass the attribute guard or write host objects.
UNSAFE_METHOD_NAMES: frozenset[str] = frozenset({
    "__getattribute__", "__setattr__", "__delattr__", "__subclasses__", "__reduce__",
    "__reduce_ex__", "__getstate__", "__setstate__", "__set__", "__delete__", "__del__",
    "__import__", "__build_class__",
})

_REAL_BUILTINS_DICT = builtins.__dict__
_BUILTINS_MODULE = builtins

#: Exact types whose every instance is safe to hold.  Grows as types are classified.
CLEAN: set[type] = {
    int, float, complex, bool, str, bytes, bytearray, type(None), list, tuple, set,
    frozenset, range, slice, memoryview, type(Ellipsis), type(NotImplemented),
}

_BAD_CLASSES: set[type] = {
    types.CodeType, types.FrameType, contextvars.Context,
    io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair,
    io.TextIOWrapper, _thread.LockType, type(sys.flags), type(sys.float_info),
    weakref.ProxyType, weakref.CallableProxyType,
}
try:
    import greenlet

    _BAD_CLASSES.add(greenlet.greenlet)
except ImportError:  # pragma: no cover
    pass

#: Interpreter classes and functions made to be held by sandbox code (module proxies,
#: guarded helpers, the session's own builtins).
_SANDBOX_API: weakref.WeakSet[Any] = weakref.WeakSet()

_FORBIDDEN_IDS: set[int] = set()
_FORBIDDEN_OBJECTS: list[Any] = []  # keeps the ids above valid


def forbid_object(obj: Any) -> None:
    """Refuse this very object wherever it would reach sandbox code."""
    if id(obj) not in _FORBIDDEN_IDS:
        _FORBIDDEN_IDS.add(id(obj))
        _FORBIDDEN_OBJECTS.append(obj)


for _name in _FORBIDDEN_BUILTIN_NAMES:
    if hasattr(builtins, _name):
        forbid_object(getattr(builtins, _name))
for _fn in (object.__getattribute__, object.__setattr__, object.__delattr__,
            type.__getattribute__, type.__setattr__, type.__delattr__, type.__subclasses__,
            object.__reduce__, object.__reduce_ex__, sys._getframe, sys.modules,
            sys.__dict__, builtins.__dict__):
    forbid_object(_fn)


def sandbox_api(obj: Any) -> Any:
    """Let sandbox code hold this interpreter function, or this class and its instances.

    Objects of the interpreter's own modules are refused by default; the ones made
    for sandbox hands (module proxies, guarded wrappers, the session's builtins and
    module overrides) say so with this decorator.
    """
    _SANDBOX_API.add(obj)
    if issubclass(type(obj), type):
        _KINDS.pop(obj, None)
        _CLASS_DECISIONS.pop(obj, None)
    return obj


class Refused(SecurityError):
    """A host value the firewall keeps out of the sandbox."""


def refuse(value: Any, why: str = "") -> Refused:
    kind = type(value).__name__
    if issubclass(type(value), type):
        kind = f"class {_type_name(value)}"
    return Refused(f"access to a host {kind} object is not allowed in the sandbox"
                   + (f" ({why})" if why else ""))


def _type_name(cls: type) -> str:
    try:
        return type.__dict__["__qualname__"].__get__(cls)
    except Exception:  # noqa: BLE001
        return "?"


def _module_of(cls: type) -> str:
    try:
        module = type.__dict__["__module__"].__get__(cls)
    except Exception:  # noqa: BLE001
        return ""
    return module if type(module) is str else ""


def forbidden_module(name: str) -> bool:
    """``os``, ``os.path``, ``asyncio.events``...: a module whose objects stay out."""
    found = _FORBIDDEN_MODULE_CACHE.get(name)
    if found is None:
        parts = name.split(".")
        found = any(".".join(parts[:i]) in FORBIDDEN_MODULES for i in range(1, len(parts) + 1))
        if len(_FORBIDDEN_MODULE_CACHE) < 10_000:
            _FORBIDDEN_MODULE_CACHE[name] = found
    return found


_FORBIDDEN_MODULE_CACHE: dict[str, bool] = {}


# ---------------------------------------------------------------------------
# Kinds: decided once per type

_CLEAN, _BAD, _CHECK = 0, 1, 2
#: Decided kinds; weak, so that classes made by sessions that ended can go.
_KINDS: weakref.WeakKeyDictionary[type, tuple[int, Any]] = weakref.WeakKeyDictionary()
_MRO = type.__dict__["__mro__"]


def _registered_user_class(cls: type) -> bool:
    return _guard.is_user_class(cls)


def _classify(t: type) -> tuple[int, Any]:
    """The kind of every instance of ``t``: clean, refused, or checked one by one."""
    mro = _MRO.__get__(t)
    if any(k in _SANDBOX_API for k in mro):
        return _CLEAN, None
    if _registered_user_class(t):
        # A user class may still subclass a forbidden base (a loop, a module type).
        bases = [k for k in mro if not _registered_user_class(k)]
        for k in bases:
            kind, check = _KINDS.get(k) or _classify_host(k)
            if kind != _CLEAN:
                return kind, check
        return _CLEAN, None
    return _classify_host(t)


def _classify_host(t: type) -> tuple[int, Any]:
    mro = _MRO.__get__(t)
    if BaseException in mro:
        return _CLEAN, None  # exceptions are data; their attributes are checked on read
    for k in mro:
        if k in _BAD_CLASSES:
            return _BAD, None
        if k is types.ModuleType or k is asyncio.AbstractEventLoop or (
                k is asyncio.AbstractEventLoopPolicy):
            return _BAD, None
    for k in mro:
        checker = _CHECKERS.get(k)
        if checker is not None:
            return _CHECK, checker
    if forbidden_module(_module_of(t)):
        return _BAD, None
    for k in mro[1:]:
        if k is not object and not _registered_user_class(k) and \
                forbidden_module(_module_of(k)):
            return _BAD, None
    return _CLEAN, None


def kind_of(t: type) -> tuple[int, Any]:
    """(kind, per-value check) of every instance of ``t``, decided once."""
    found = _KINDS.get(t)
    if found is None:
        found = _KINDS[t] = _classify(t)
    return found


def admit(value: Any, clean: set[type] | None = None) -> Any:
    """``value`` if sandbox code may hold it; else ``Refused``.  Shallow, subclass-aware.

    ``clean`` is the caller's set of exact types known to be clean (a session's): a
    type found clean here is added to it, so that the next check is one set lookup.
    """
    t = type(value)
    if t in CLEAN:
        return value
    check = _CHECKERS.get(t)
    if check is not None:
        check(value)
        return value
    if t is types.MappingProxyType:  # never as it is: see ``mappingproxy``
        return _safe_mapping_proxy(value)
    kind, check = kind_of(t)
    if kind == _CLEAN:
        if id(value) in _FORBIDDEN_IDS:
            raise refuse(value)
        if clean is not None:
            clean.add(t)
        return value
    if kind == _BAD:
        raise refuse(value)
    check(value)
    return value


def admit_item(value: Any) -> None:
    """``admit`` for a value that stays where it is (an item of a container): one
    that would have to be replaced by a safe stand-in is refused."""
    if admit(value) is not value:
        raise refuse(value)


def _safe_mapping_proxy(value: Any) -> Any:
    from .mappingproxy import SafeMappingProxy

    return SafeMappingProxy(value)


def admits(value: Any) -> bool:
    try:
        admit(value)
    except Refused:
        return False
    return True


# ---------------------------------------------------------------------------
# Per-value checks


def _check_forbidden(value: Any) -> None:
    if id(value) in _FORBIDDEN_IDS:
        raise refuse(value)


def _check_builtin(fn: Any) -> None:
    """A C function or a C method bound to an object."""
    if id(fn) in _FORBIDDEN_IDS:
        raise refuse(fn, getattr(fn, "__name__", ""))
    owner = fn.__self__
    if owner is None or owner is _BUILTINS_MODULE:
        return
    if type(owner) is types.ModuleType:
        if forbidden_module(getattr(owner, "__name__", "") or ""):
            raise refuse(fn, f"{owner.__name__}.{fn.__name__}")
        return
    if fn.__name__ in UNSAFE_METHOD_NAMES and not _user_object(owner):
        raise refuse(fn, fn.__name__)
    admit(owner)


def _check_slot(fn: Any) -> None:
    """Slot wrappers and method descriptors: ``object.__setattr__``, ``x.__add__``."""
    if id(fn) in _FORBIDDEN_IDS:
        raise refuse(fn)
    name = getattr(fn, "__name__", "")
    owner = getattr(fn, "__self__", None)
    if name in UNSAFE_METHOD_NAMES and not (owner is not None and _user_object(owner)):
        raise refuse(fn, name)
    objclass = getattr(fn, "__objclass__", None)
    if objclass is not None:
        admit(objclass)
    if owner is not None:
        admit(owner)


#: The interpreter's modules whose functions are made for sandbox hands (guarded
#: versions of builtins and module functions, the nested sandbox, sandbox stdlib).
_SANDBOX_FACING = ("interpreter.security.", "interpreter.stdlib.", "interpreter.nested")


def _check_function(fn: types.FunctionType) -> None:
    if _user_object(fn) or fn in _SANDBOX_API:
        return
    if id(fn) in _FORBIDDEN_IDS:
        raise refuse(fn)
    module = fn.__module__
    if type(module) is str and forbidden_module(module) and not \
            module.startswith(_SANDBOX_FACING):
        raise refuse(fn, f"{module}.{fn.__qualname__}")


def _check_method(m: types.MethodType) -> None:
    admit(m.__func__)
    admit(m.__self__)


def _check_partial(p: Any) -> None:
    admit(p.func)
    admit_deep(p.args)
    admit_deep(p.keywords)


def _check_wrapped_callable(w: Any) -> None:
    admit(w.__func__)


def _check_property(p: property) -> None:
    for fn in (p.fget, p.fset, p.fdel):
        if fn is not None:
            admit(fn)


def _check_class(cls: type) -> None:
    if cls in _BAD_CLASSES or id(cls) in _FORBIDDEN_IDS:
        raise refuse(cls)
    if _registered_user_class(cls):
        return
    ok = _CLASS_DECISIONS.get(cls)
    if ok is None:
        mro = _MRO.__get__(cls) or ()
        ok = _CLASS_DECISIONS[cls] = BaseException in mro or not (
            forbidden_module(_module_of(cls)) and not any(k in _SANDBOX_API for k in mro))
    if not ok:
        raise refuse(cls)


_CLASS_DECISIONS: dict[type, bool] = {}


def _check_dict(d: dict) -> None:
    if d is _REAL_BUILTINS_DICT or id(d) in _FORBIDDEN_IDS:
        raise refuse(d, "the real builtins")
    if dict.__contains__(d, "__name__") and _is_module_namespace(d):
        raise refuse(d, "a module's namespace")


def _is_module_namespace(d: dict) -> bool:
    name = dict.get(d, "__name__")
    module = sys.modules.get(name) if type(name) is str else None
    return module is not None and getattr(module, "__dict__", None) is d


def _check_task(task: Any) -> None:
    """Tasks the sandbox started; the host's own tasks (the kernel's) stay out."""
    coro = task.get_coro()
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    module = frame.f_globals.get("__name__") if frame is not None else None
    if type(module) is str and forbidden_module(module):
        raise refuse(task, "a task of the host")


def _user_object(obj: Any) -> bool:
    return _guard.is_user_object(obj)


_CHECKERS: dict[type, Any] = {
    types.BuiltinFunctionType: _check_builtin,
    types.MethodWrapperType: _check_slot,
    types.WrapperDescriptorType: _check_slot,
    types.MethodDescriptorType: _check_slot,
    types.ClassMethodDescriptorType: _check_slot,
    types.FunctionType: _check_function,
    types.MethodType: _check_method,
    functools.partial: _check_partial,
    functools.partialmethod: _check_partial,
    staticmethod: _check_wrapped_callable,
    classmethod: _check_wrapped_callable,
    property: _check_property,
    type: _check_class,
    dict: _check_dict,
    asyncio.Task: _check_task,
}
#: Exact types that are never added to CLEAN (each value is checked).
_NEVER_CLEAN: frozenset[type] = frozenset(_CHECKERS)
for _t in _NEVER_CLEAN:
    CLEAN.discard(_t)


# ---------------------------------------------------------------------------
# Deep checks of host results

#: Containers looked into, by their C-level iteration (never a user ``__iter__``).
_SEQUENCE_ITER: dict[type, Any] = {tuple: tuple.__iter__, list: list.__iter__,
                                   set: set.__iter__, frozenset: frozenset.__iter__}
#: Items looked at in one deep check; the rest is checked where it is taken out.
DEEP_BUDGET = 10_000


def admit_deep(value: Any) -> Any:
    """``admit`` of ``value`` and of what its host containers hold (bounded work)."""
    t = type(value)
    if t is types.MappingProxyType:
        return admit(value)
    if t is not tuple and t is not list and t is not dict and t not in _NEVER_CLEAN and \
            t in CLEAN and t not in _SEQUENCE_ITER:
        return value
    budget = DEEP_BUDGET
    todo = [value]
    seen: set[int] = set()
    while todo:
        v = todo.pop()
        t = type(v)
        if t not in CLEAN:
            admit_item(v)
        if t is str or t is int or t is float or t is bool or v is None:
            continue
        it = _SEQUENCE_ITER.get(t)
        if it is None:
            if t is dict:
                if id(v) in seen:
                    continue
                seen.add(id(v))
                budget -= len(v)
                todo.extend(dict.keys(v))
                todo.extend(dict.values(v))
            elif t in _WRAPPERS or t in CLEAN:
                continue
            else:
                for base, sub in _SUBCLASS_ITER:
                    if issubclass(t, base) and not _user_object(v):
                        if id(v) not in seen:
                            seen.add(id(v))
                            items = list(sub(v))
                            budget -= len(items)
                            todo.extend(items)
                        break
        elif id(v) not in seen:
            seen.add(id(v))
            budget -= len(v)
            todo.extend(it(v))
        if budget <= 0:
            break
    return value


_WRAPPERS = frozenset({types.MethodType, functools.partial, functools.partialmethod,
                       staticmethod, classmethod, property, types.BuiltinFunctionType})
_SUBCLASS_ITER: tuple[tuple[type, Any], ...] = (
    (tuple, tuple.__iter__), (list, list.__iter__), (frozenset, frozenset.__iter__),
    (set, set.__iter__),
    (dict, lambda d: [*dict.keys(d), *dict.values(d)]),
)


#: Types whose host-made instances are looked into (``admit_deep``) when a call
#: hands them back.
CONTAINERS: tuple[type, ...] = (tuple, list, dict, set, frozenset)
_CONTAINER_SET = frozenset(CONTAINERS)
#: C methods of these types hand back what the container already holds.
_HOLDERS = frozenset({list, dict, set, tuple, frozenset, str, bytes, bytearray})
_BUILTIN_METHOD = types.BuiltinFunctionType


class Firewall:
    """One session's firewall: the global rules plus the session's own clean types.

    Compiled code checks ``type(v) in firewall.clean`` inline and calls ``admit`` only
    for other types; user classes found clean join this session's set (and go with
    it).  Call results are tested against ``result_clean``, which lacks the container
    types: a container a host callable returns is looked into (``admit_result``).
    """

    __slots__ = ("clean", "user_types", "pure_types", "result_clean", "callees",
                 "is_sandbox_callable", "on_class", "__weakref__")

    def __init__(self) -> None:
        self.clean: set[type] = set(CLEAN)
        #: user classes whose instances take plain attributes without the full check
        #: (per session: a process-wide cache would keep every session's classes)
        self.user_types: dict[type, bool] = {}
        #: user classes with no host class in their MRO: private attributes of their
        #: instances are read directly (``guard.is_pure_user_class``)
        self.pure_types: set[type] = set()
        self.result_clean: set[type] = self.clean - _CONTAINER_SET
        #: Module functions and method functions already admitted as callees.
        self.callees: set[Any] = set()
        self.is_sandbox_callable: Any = _guard.is_sandbox_callable
        self.on_class: Any = None  # called with classes that ``type(...)`` made

    def method_callee(self, obj: Any, fn: Any) -> Any:
        """``obj.name`` about to be called (the slow path of the inline check)."""
        t = type(fn)
        if t is _BUILTIN_METHOD:
            owner = fn.__self__
            if owner is obj or (type(owner) is types.ModuleType and fn in self.callees):
                return fn
            return self.admit_callee(fn)
        if t is types.MethodType:
            if fn.__self__ is obj and fn.__func__ in self.callees:
                return fn
            return self.admit_callee(fn)
        if t is types.FunctionType:
            return fn if fn in self.callees else self.admit_callee(fn)
        return fn if t in self.clean else self.admit(fn)

    def user_type(self, t: type) -> bool:
        """Instances of ``t`` take plain attributes without a full check (cached)."""
        ok = self.user_types.get(t)
        if ok is None:
            ok = _guard.is_user_class(t) and not issubclass(t, type)
            if ok:
                self.user_types[t] = ok
        return ok

    def read_private(self, obj: Any, name: str) -> Any:
        """``obj._name`` by the full read rule (the slow path of the inline read); the
        instances of a class made wholly in the sandbox take the fast path next time."""
        value = _guard.guarded_getattr(obj, name)
        t = type(obj)
        if t not in self.pure_types and _guard.is_pure_user_class(t):
            self.pure_types.add(t)
        return value

    def admit_callee(self, fn: Any) -> Any:
        """A method or module function about to be called; remembered once admitted."""
        self.admit(fn)
        t = type(fn)
        if t is types.MethodType:
            if type(fn.__func__) is types.FunctionType:
                self.callees.add(fn.__func__)
        elif t is types.FunctionType or (t is _BUILTIN_METHOD and
                                         type(fn.__self__) is types.ModuleType):
            self.callees.add(fn)
        return fn

    def admit(self, value: Any) -> Any:
        t = type(value)
        if t is types.MethodType:  # ``self.method`` read to be passed on: seen before?
            if value.__func__ in self.callees and type(value.__self__) in self.clean:
                return value
        elif t is types.FunctionType and value in self.callees:
            return value
        admitted = admit(value, self.clean)
        if admitted is not value:  # a safe stand-in (a mappingproxy's)
            return admitted
        if t is types.MethodType and type(value.__func__) is types.FunctionType:
            self.callees.add(value.__func__)  # class-level functions: few, and they stay
        if t in self.clean and t not in _CONTAINER_SET:
            self.result_clean.add(t)
        return value

    def admit_deep(self, value: Any) -> Any:
        return admit_deep(value)

    def admit_result(self, fn: Any, value: Any, args: Any = ()) -> Any:
        """What a call handed back: containers of host callables are looked into."""
        t = type(value)
        if self._container(t):
            if self.is_sandbox_callable(fn) or (
                    type(fn) is _BUILTIN_METHOD and type(fn.__self__) in _HOLDERS):
                return admit(value, self.clean)
            return admit_deep(value)
        if fn is type and len(args) == 3 and self.on_class is not None and \
                issubclass(t, type):
            self.on_class(value)  # type(name, bases, ns): a class made by sandbox code
        return self.admit(value)

    def admit_held(self, value: Any) -> Any:
        """What a method of an exact builtin container handed back (``items.pop()``):
        its items are the sandbox's, as for ``admit_result`` of its bound method."""
        if self._container(type(value)):
            return admit(value, self.clean)
        return self.admit(value)

    def _container(self, t: type) -> bool:
        return t in _CONTAINER_SET or (t not in self.clean and issubclass(t, CONTAINERS))


from . import guard as _guard  # noqa: E402  (guard imports this module first)
