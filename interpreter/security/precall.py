"""The one pre-call hook, as the compiler's call shapes see it.

``limits.py`` keeps the guards: ``GUARDED_CALLS[id(fn)]`` for host callables that need a
look at their arguments (``sum``, ``list``, ``bytes``, ``sorted``...) and
``GUARDED_METHODS[name]`` for C methods by name (``sep.join``, ``s.ljust``...), whether
called as ``obj.name(...)`` or through an alias.  A guard *makes the call*
(``guard(rt, fn, args, kwargs)``), possibly with the exact values the C code would use.

Every call shape tests ``id(fn) in PRECALL`` (and, for a bound C method, its name in
``METHOD_PRECALL``) inline and only then takes ``guarded`` (``limits.guarded_call``).
``type`` is guarded too: ``type(name, bases, ns)`` registers the class it makes as the
sandbox's, whatever call shape made it.
"""

from __future__ import annotations

from typing import Any

from . import limits

PRECALL = limits.GUARDED_CALLS
METHOD_PRECALL = limits.GUARDED_METHODS
#: Types of bound C methods whose name may have a guard (``j = ''.join; j(x)``).
BOUND_METHODS = frozenset(limits.BOUND_BUILTIN_TYPES)
guarded = limits.guarded_call
call_checked = limits.call_checked


def _type_call(rt: Any, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    r = fn(*args, **kwargs) if kwargs else fn(*args)
    if len(args) == 3 and issubclass(type(r), type):
        on_class = getattr(getattr(rt, "firewall", None), "on_class", None)
        if on_class is not None:
            on_class(r)  # type(name, bases, ns): a class made by sandbox code
    return r


if id(type) not in PRECALL:
    limits._register(type, _type_call)
