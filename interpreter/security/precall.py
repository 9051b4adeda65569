"""The one pre-call hook: checks that run before a call, for every call shape.

``calls.py`` looks a callee up here before calling it:

* ``PRECALL[id(fn)]`` for plain callables (``sum``, ``list``, ``bytes``, ``sorted``...);
* ``METHOD_PRECALL[name]`` for C methods by name (``sep.join``, ``s.ljust``,
  ``dict.fromkeys``...), whether called as ``obj.name(...)`` or through an alias.

Each checker is ``checker(rt, fn, args, kwargs)`` with ``args`` a tuple and ``kwargs``
a dict or ``None``; it raises a limit error (or lets the call go on).  The checks
themselves live in ``limits.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import limits

Checker = Callable[[Any, Any, tuple, "dict[str, Any] | None"], None]

PRECALL: dict[int, Checker] = {}
METHOD_PRECALL: dict[str, Checker] = {}
_KEEP: list[Any] = []  # the callables whose ids are keys above


def register(fn: Any, checker: Checker) -> None:
    PRECALL[id(fn)] = checker
    _KEEP.append(fn)


def register_method(name: str, checker: Checker) -> None:
    METHOD_PRECALL[name] = checker


def precall(rt: Any, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> None:
    """Run the checker for ``fn``, if any (the slow path of the inline test)."""
    checker = PRECALL.get(id(fn))
    if checker is None:
        checker = METHOD_PRECALL.get(getattr(fn, "__name__", None))  # type: ignore[arg-type]
    if checker is not None:
        checker(rt, fn, args, kwargs)


def _consumer(rt: Any, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> None:
    if args:
        limits.check_sized_call(rt, fn, args[0])


def _method(rt: Any, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> None:
    limits.check_method_call(rt, getattr(fn, "__name__", ""), fn, args)


for _fn in limits.CONSUMERS:
    register(_fn, _consumer)
for _name in ("join", "ljust", "rjust", "center", "zfill", "expandtabs", "fromkeys"):
    register_method(_name, _method)
