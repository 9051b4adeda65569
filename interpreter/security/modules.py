"""Read-only module proxies and the sandbox's ``import``.

A proxy shows only the names of its module's row in ``MODULE_TABLE``; values
pass the firewall, and a few are replaced by sandbox-safe versions (a per-session
``random``, a ``time.sleep`` that respects the deadline, guarded
``attrgetter``/``methodcaller``/``Formatter``, annotation-checking
``get_type_hints``/``singledispatch``).
"""

from __future__ import annotations

import functools
import importlib
import operator
import random
import time
import typing
from collections.abc import Callable
from typing import Any

from ..errors import ForbiddenAttributeError, ForbiddenImportError, SecurityError
from ..policy import Policy
from ..runtime import ACTIVE, Runtime
from .annotations import register_checked, resolve_hints
from .decimals import make_decimal
from .firewall import sandbox_api
from .formatting import SafeFormatter
from .guard import firewall, guarded_getattr, is_user_class
from .iterators import make_iterators
from .limits import call_checked, guard_exception_class
from .module_table import MODULE_TABLE
from .nesting import ITERTOOLS_WRAPPERS

#: Dotted modules importable on their own (their parent must be allowed too).
SUBMODULES = frozenset(name for name in MODULE_TABLE if "." in name)


@sandbox_api
class ModuleProxy:
    """What ``import x`` binds in the sandbox: a read-only view of module ``x``."""

    #: The values also live in the instance's own dict, so that ``math.sin`` is found at
    #: C speed.  Nothing reaches that dict: ``__dict__`` is a property handing out a copy
    #: (``copy``'s ``y.__dict__.update(state)`` changes nothing), ``__setattr__`` and
    #: ``__delattr__`` refuse.
    __slots__ = ("_pbx_name", "_pbx_values", "_pbx_allowed", "__dict__")

    def __init__(self, name: str, values: dict[str, Any], allowed: tuple[str, ...]) -> None:
        try:
            object.__getattribute__(self, "_pbx_name")
        except AttributeError:
            pass
        else:
            raise ForbiddenAttributeError("a sandbox module cannot be re-initialised")
        object.__setattr__(self, "_pbx_name", name)
        object.__setattr__(self, "_pbx_values", values)
        object.__setattr__(self, "_pbx_allowed", allowed)
        for key, value in values.items():
            try:
                object.__setattr__(self, key, value)  # the instance dict, past our refusal
            except AttributeError:
                pass  # a name the class itself defines (``__name__``): looked up there

    @property  # type: ignore[misc]
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]
        return dict(object.__getattribute__(self, "_pbx_values"))

    def __getattr__(self, name: str) -> Any:
        values = object.__getattribute__(self, "_pbx_values")
        try:
            return values[name]
        except KeyError:
            pass
        mod = object.__getattribute__(self, "_pbx_name")
        raise AttributeError(f"module '{mod}' has no attribute '{name}'")

    def __setattr__(self, name: str, value: Any) -> None:
        raise ForbiddenAttributeError(
            f"cannot set attribute '{name}': module '{self._pbx_name}' is read-only")

    def __delattr__(self, name: str) -> None:
        raise ForbiddenAttributeError(
            f"cannot delete attribute '{name}': module '{self._pbx_name}' is read-only")

    def __dir__(self) -> list[str]:
        return sorted(object.__getattribute__(self, "_pbx_values"))

    def __repr__(self) -> str:
        return f"<module '{object.__getattribute__(self, '_pbx_name')}' (sandboxed)>"

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise TypeError("cannot pickle or copy a sandbox module")

    def __copy__(self) -> ModuleProxy:
        return self

    def __deepcopy__(self, memo: Any) -> ModuleProxy:
        return self

    @property
    def __name__(self) -> str:  # type: ignore[override]
        return object.__getattribute__(self, "_pbx_name")

    @property
    def __doc__(self) -> str | None:  # type: ignore[override]
        return f"The sandbox's read-only view of module {self.__name__}."

    def __pbx_namespace__(self) -> dict[str, Any]:
        return dict(object.__getattribute__(self, "_pbx_values"))


# ---------------------------------------------------------------------------
# Safe replacements


@sandbox_api
class SafeAttrgetter:
    """``operator.attrgetter`` through the guard."""

    __slots__ = ("_paths",)

    def __init__(self, *attrs: str) -> None:
        for a in attrs:
            if not isinstance(a, str):
                raise TypeError("attribute name must be a string")
        self._paths = tuple(a.split(".") for a in attrs)

    def _one(self, obj: Any, path: list[str]) -> Any:
        for name in path:
            obj = guarded_getattr(obj, name)
        return obj

    def __call__(self, obj: Any) -> Any:
        if len(self._paths) == 1:
            return self._one(obj, self._paths[0])
        return tuple(self._one(obj, p) for p in self._paths)

    def __repr__(self) -> str:
        names = ", ".join(repr(".".join(p)) for p in self._paths)
        return f"operator.attrgetter({names})"


@sandbox_api
class SafeMethodcaller:
    """``operator.methodcaller`` through the guard."""

    __slots__ = ("_name", "_args", "_kwargs")

    def __init__(self, name: str, /, *args: Any, **kwargs: Any) -> None:
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name, self._args, self._kwargs = name, args, kwargs

    def __call__(self, obj: Any) -> Any:
        method = guarded_getattr(obj, self._name)
        rt = ACTIVE[0]
        if rt is None:
            return firewall(method(*self._args, **self._kwargs))
        return firewall(call_checked(rt, method, self._args, self._kwargs or None))

    def __repr__(self) -> str:
        return f"operator.methodcaller({self._name!r})"


def _active_evaluator() -> Any:
    """The evaluator of the session whose execution is running (annotations are
    resolved by sandbox code, for the sandbox)."""
    rt = ACTIVE[0]
    evaluate = getattr(rt, "evaluate_annotation", None)
    if evaluate is None:
        raise SecurityError("annotations can only be resolved while sandbox code runs")
    return evaluate


def _safe_get_type_hints(obj: Any, globalns: Any = None, localns: Any = None,
                         include_extras: bool = False) -> Any:
    """``typing.get_type_hints`` resolved by the sandbox: no host ``eval``."""
    if globalns is not None or localns is not None:
        raise ForbiddenAttributeError("get_type_hints() namespaces are not allowed here")
    return firewall(resolve_hints(obj, _active_evaluator(), include_extras=include_extras,
                                  is_sandbox_class=is_user_class))


def _safe_singledispatch(func: Any) -> Any:
    wrapper = functools.singledispatch(func)
    wrapper.register = register_checked(  # type: ignore[attr-defined]
        wrapper.register, _active_evaluator, is_user_class)  # type: ignore[attr-defined]
    return wrapper


@sandbox_api
class _SafeSingledispatchmethod(functools.singledispatchmethod):
    def __init__(self, func: Any) -> None:
        super().__init__(func)
        dispatcher = self.dispatcher
        dispatcher.register = register_checked(  # type: ignore[attr-defined]
            dispatcher.register, _active_evaluator, is_user_class)  # type: ignore[attr-defined]


#: ``operator`` functions whose result size depends on the operands: also checked when a
#: host C function calls them (``functools.reduce(operator.mul, ['ab', 10**12])``).
_SIZED_OPERATORS = ("mul", "imul", "pow", "ipow", "lshift", "ilshift", "add", "iadd",
                    "concat", "iconcat", "mod", "imod")


def _without_debug(real: Callable[..., Any], position: int) -> Callable[..., Any]:
    """A ``re`` function that refuses ``re.DEBUG``: it prints to the host's own stdout."""
    import re

    def checked(*args: Any, **kwargs: Any) -> Any:
        flags = kwargs.get("flags", args[position] if len(args) > position else 0)
        try:
            debug = bool(int(flags) & re.DEBUG)
        except (TypeError, ValueError):
            debug = False
        if debug:
            raise SecurityError("re.DEBUG prints to the host's own output; it is not "
                                "available in the sandbox")
        return real(*args, **kwargs)
    checked.__name__ = checked.__qualname__ = real.__name__
    checked.__module__ = "re"
    checked.__doc__ = real.__doc__
    return checked


_RE_FLAG_POSITIONS = {"compile": 1, "match": 2, "search": 2, "fullmatch": 2, "split": 3,
                      "findall": 2, "finditer": 2, "sub": 4, "subn": 4}


def _operator_call(obj: Any, /, *args: Any, **kwargs: Any) -> Any:
    """``operator.call`` through the pre-call hook (it calls from C otherwise)."""
    rt = ACTIVE[0]
    if rt is None:
        return obj(*args, **kwargs)
    return call_checked(rt, obj, args, kwargs or None)


_operator_call.__name__ = _operator_call.__qualname__ = "call"
_operator_call.__module__ = "operator"
_operator_call.__doc__ = operator.call.__doc__


def _checked_operator(real: Callable[..., Any]) -> Callable[..., Any]:
    def checked(*args: Any) -> Any:
        rt = ACTIVE[0]
        if rt is None:
            return real(*args)
        return call_checked(rt, real, args)
    checked.__name__ = checked.__qualname__ = real.__name__
    checked.__module__ = "operator"
    checked.__doc__ = real.__doc__
    return checked


def _is_sandbox_task(task: Any) -> bool:
    """A task whose coroutine was compiled from sandbox source (not the host's own)."""
    try:
        code = getattr(task.get_coro(), "cr_code", None)
    except Exception:  # noqa: BLE001
        return False
    return code is not None and code.co_filename == "<pythonbox>"


def _overrides(rt: Runtime, rng: random.Random) -> dict[str, dict[str, Any]]:
    """Per-session replacements for names whose real version is unsafe or shared."""
    def sleep(seconds: float) -> None:
        if not isinstance(seconds, int | float):
            raise TypeError(f"'{type(seconds).__name__}' object cannot be interpreted as "
                            "an integer or float")
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        deadline = rt.deadline
        end = time.monotonic() + seconds
        while True:
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                rt.stop_with(rt.time_error())
            if now >= end:
                return
            time.sleep(min(end - now, 0.05, *(() if deadline is None else (deadline - now,))))
            rt.left = min(rt.left, 0)
            if rt.stop is not None:
                rt.tick()

    import abc as abc_module
    import decimal
    import re as re_module

    from . import mutators as m

    random_names = {n: getattr(rng, n) for n in MODULE_TABLE["random"]
                    if callable(getattr(rng, n, None)) and not n[0].isupper()}
    def run(main: Any, *, debug: bool | None = None) -> Any:
        """``asyncio.run`` that leaves the host thread's current event loop as it was."""
        import asyncio

        policy = asyncio.get_event_loop_policy()
        saved = getattr(getattr(policy, "_local", None), "_loop", None)
        try:
            return asyncio.run(main, debug=debug)
        finally:
            if saved is not None:
                policy.set_event_loop(saved)

    def current_task(loop: Any = None) -> Any:
        """``asyncio.current_task`` that hands out only tasks running sandbox code."""
        import asyncio

        task = asyncio.current_task(loop)
        return task if task is not None and _is_sandbox_task(task) else None

    from .loopfacade import loop_functions

    iterators = make_iterators(rt)
    return {
        "asyncio": {"run": run, "current_task": current_task, **loop_functions(rt, rt.write)},
        "itertools": {**{n: iterators[n] for n in ("count", "cycle", "repeat")},
                      **ITERTOOLS_WRAPPERS},
        "random": random_names,
        "time": {"sleep": sleep},
        "re": {n: _without_debug(getattr(re_module, n), p) for n, p in _RE_FLAG_POSITIONS.items()},
        "operator": {"attrgetter": SafeAttrgetter, "methodcaller": SafeMethodcaller,
                     "call": _operator_call,
                     **{n: _checked_operator(getattr(operator, n)) for n in _SIZED_OPERATORS}},
        "string": {"Formatter": SafeFormatter},
        "typing": {
            "get_type_hints": _safe_get_type_hints,
            "final": m.in_place_decorator(typing.final, "typing.final"),
            "no_type_check": m.in_place_decorator(typing.no_type_check, "typing.no_type_check"),
            "dataclass_transform": m.in_place_decorator(typing.dataclass_transform,
                                                        "typing.dataclass_transform"),
            "runtime_checkable": m.in_place_decorator(typing.runtime_checkable,
                                                      "typing.runtime_checkable"),
            "overload": m.in_place_decorator(typing.overload, "typing.overload"),
        },
        "functools": {
            "singledispatch": _safe_singledispatch,
            "singledispatchmethod": _SafeSingledispatchmethod,
            "update_wrapper": m.update_wrapper,
            "wraps": m.wraps,
            "total_ordering": m.in_place_decorator(functools.total_ordering,
                                                   "functools.total_ordering"),
            "cached_property": m.SafeCachedProperty,
        },
        "dataclasses": {"dataclass": m.dataclass, "asdict": m.asdict, "astuple": m.astuple},
        "collections": {"UserDict": m.UserDict},
        "abc": {
            "abstractmethod": m.in_place_decorator(abc_module.abstractmethod,
                                                   "abc.abstractmethod"),
            "update_abstractmethods": m.in_place_decorator(abc_module.update_abstractmethods,
                                                           "abc.update_abstractmethods"),
        },
        "enum": {"global_enum": m.global_enum},
        "copy": {"copy": m.safe_copy, "deepcopy": m.safe_deepcopy},
        "decimal": {**{name: getattr(decimal, name).copy()  # the shared ones stay the host's
                       for name in ("DefaultContext", "BasicContext", "ExtendedContext")},
                    **make_decimal(rt)},
    }


class Importer:
    """The sandbox's ``import``: proxies for allowed modules, clear errors otherwise."""

    def __init__(self, policy: Policy, rt: Runtime,
                 nested_api: Callable[[Policy, Runtime], dict[str, Any]] | None = None,
                 provider: Callable[[str], dict[str, Any] | None] | None = None) -> None:
        self.policy = policy
        self.rt = rt
        #: builds what ``import interpreter`` offers; handed in by the session, so that
        #: security never imports the public API
        self.nested_api = nested_api
        self.rng = random.Random()
        self.overrides = _overrides(rt, self.rng)
        self.cache: dict[str, ModuleProxy] = {}
        #: Modules the session builds itself (``interpreter.stdlib``): name -> namespace.
        self.provider = provider
        #: Names sandbox code imported, as opposed to what the stdlib loaded for itself
        #: (a policy without ``re`` keeps it from the user even if ``csv`` loaded it).
        self.imported: set[str] = set()

    def builtin_import(self, c_globals: dict[str, Any] | None = None) -> Any:
        """The sandbox's ``__import__``: what the ``import`` statement does.

        C code that imports a helper module it needs (``datetime.strptime`` importing
        ``_strptime``) calls it through ``PyImport_Import`` with the running code's
        globals, which for sandbox code are ``c_globals`` (no sandbox code can name that
        dict): then the module is really imported and nothing is handed back, since
        ``PyImport_Import`` takes the module from ``sys.modules`` itself.
        """
        importer = self

        def __import__(name: str, globals: Any = None, locals: Any = None,  # noqa: A002
                       fromlist: Any = (), level: int = 0) -> Any:
            if type(name) is not str:
                raise TypeError(f"__import__() argument 1 must be str, not "
                                f"{type(name).__name__}")
            if level:
                raise ImportError("attempted relative import with no known parent package")
            if c_globals is not None and globals is c_globals and not importer.allowed(name):
                importlib.import_module(name)
                return None
            module = importer(name)
            if fromlist:
                return module
            return importer(name.partition(".")[0])
        __import__.__module__ = "builtins"
        return __import__

    def allowed(self, name: str) -> bool:
        if "." in name and name not in SUBMODULES:
            return False
        return self.policy.module_allowed(name)

    def __call__(self, name: str) -> ModuleProxy:
        proxy = self.cache.get(name)
        if proxy is not None and (name in self.imported or name == "interpreter"):
            return proxy
        if name == "interpreter" and self.policy.nested_sandbox and \
                self.nested_api is not None:
            values = self.nested_api(self.policy, self.rt)
            proxy = self.cache[name] = ModuleProxy(name, values, tuple(values))
            return proxy
        if not self.allowed(name):
            allowed = ", ".join(sorted(self.policy.allowed_modules))
            raise ForbiddenImportError(
                f"Module '{name}' is not allowed in the sandbox (allowed modules: {allowed})",
                name=name)
        proxy = self.load(name)
        self.imported.add(name)  # the policy allowed it (loaded by the stdlib or not)
        return proxy

    def load(self, name: str) -> ModuleProxy:
        """The proxy of module ``name``, without the policy check (the session's own
        sandbox-side modules import what they need through this)."""
        proxy = self.cache.get(name)
        if proxy is not None:
            return proxy
        provided = None if self.provider is None else self.provider(name)
        if provided is not None:
            module: Any = _Provided(name, provided)
        else:
            try:
                module = importlib.import_module(name)
            except ImportError:
                raise ModuleNotFoundError(f"No module named '{name}'", name=name) from None
        table = MODULE_TABLE.get(name)
        if table is None:  # a module the policy allows but the table does not know
            table = tuple(n for n in dir(module) if not n.startswith("_"))
        extra = self.overrides.get(name, {})
        values: dict[str, Any] = {}
        for attr in table:
            if attr in extra:
                values[attr] = extra[attr]
                continue
            try:
                value = getattr(module, attr)
            except AttributeError:
                continue
            if type(value).__name__ == "module":
                continue
            try:
                values[attr] = firewall(value)
            except Exception:
                continue
            guard_exception_class(value)
        for sub in SUBMODULES:
            parent, _, child = sub.rpartition(".")
            if parent == name and self.allowed(sub):
                values[child] = self(sub)
        proxy = ModuleProxy(name, values, table)
        self.cache[name] = proxy
        return proxy


class _Provided:
    """A namespace the session built (``interpreter.stdlib``), read like a module."""

    def __init__(self, name: str, values: dict[str, Any]) -> None:
        self._name, self._values = name, values

    def __getattr__(self, attr: str) -> Any:
        try:
            return self._values[attr]
        except KeyError:
            raise AttributeError(attr) from None

    def __dir__(self) -> list[str]:
        return list(self._values)
