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

import operator
import time
from collections.abc import Callable
from typing import Any

from ..errors import TimeLimitExceeded
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


#: A lower bound of the time one item costs a C-level consumer (``sum(range(n))``).
SECONDS_PER_ITEM = 5e-9


def _consumer(rt: Any, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> None:
    if not args:
        return
    limits.check_sized_call(rt, fn, args[0])
    if rt.policy.max_operations is None and rt.deadline is not None:
        _check_time(rt, fn, args[0])


def _check_time(rt: Any, fn: Any, iterable: Any) -> None:
    """Without an operation limit, a C-level loop that never checks signals must still
    end by the time limit: refuse one that could not finish in the time left."""
    if isinstance(iterable, str | bytes | bytearray | int):
        return
    try:
        n = operator.length_hint(iterable)
    except Exception:  # noqa: BLE001 - no length, no estimate
        return
    seconds = n * SECONDS_PER_ITEM
    left = rt.deadline - time.monotonic()
    if seconds > left:
        rt.stop_with(TimeLimitExceeded(
            f"{getattr(fn, '__name__', 'the call')}() over {n:,} items would take at least "
            f"{seconds:,.0f} s, more than the {max(left, 0):.1f} s left of the time limit"))


def _method(rt: Any, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> None:
    limits.check_method_call(rt, getattr(fn, "__name__", ""), fn, args)


def _nothing(rt: Any, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> None:
    """``type`` takes the checked path so that ``type(name, bases, ns)`` registers the
    class it makes as the sandbox's (``Firewall.admit_result``)."""


for _fn in limits.CONSUMERS:
    register(_fn, _consumer)
register(type, _nothing)
for _name in ("join", "ljust", "rjust", "center", "zfill", "expandtabs", "fromkeys"):
    register_method(_name, _method)
