"""Bounded nesting of the wrappers that C code unwraps recursively.

``it = map(abs, it)`` in a loop builds a chain that ``next()`` walks in C, one C
frame per level, with no recursion check: 100,000 levels overflow the C stack
(SIGSEGV).  ``zip``, ``filter``, ``enumerate``, the ``itertools`` iterators and
chained ``classmethod`` descriptors do the same.  The sandbox offers subclasses of
them that remember how deep they are nested and refuse to nest deeper than
``MAX_NESTING`` (a ``RecursionError``, as CPython's own limit would give), at the
cost of one small Python ``__new__`` per construction; iteration stays in C.

Tuples nest the same way for ``hash()`` (no recursion check in ``tuplehash``);
the sandbox's ``hash`` measures a tuple before hashing it.  A deep tuple used as a
dict key directly is out of reach of an in-process wall (SECURITY.md).
"""

from __future__ import annotations

import builtins
import itertools
from typing import Any

#: Levels of nesting allowed (each is a C frame of about 100 bytes when unwound).
MAX_NESTING = 5_000

_DEPTH_TYPES: set[type] = set()


def _depth_of(obj: Any) -> int:
    t = type(obj)
    for klass in t.__mro__:
        if klass in _DEPTH_TYPES:
            try:
                return klass.__dict__["_pbx_depth"].__get__(obj)  # type: ignore[no-any-return]
            except AttributeError:  # made by C without __new__ (chain.from_iterable)
                return 0
    return 0


def _nested(args: tuple, kwargs: dict[str, Any]) -> int:
    depth = 0
    for a in args:
        d = _depth_of(a)
        if d > depth:
            depth = d
    for a in kwargs.values():
        d = _depth_of(a)
        if d > depth:
            depth = d
    depth += 1
    if depth > MAX_NESTING:
        raise RecursionError(
            f"maximum nesting depth of wrapped iterators exceeded ({MAX_NESTING})")
    return depth


def _tracking(base: type, module: str) -> type:
    """A subclass of ``base`` whose instances know their nesting depth."""
    def __new__(cls: type, *args: Any, **kwargs: Any) -> Any:  # noqa: N807
        depth = _nested(args, kwargs)
        self = base.__new__(cls, *args, **kwargs)
        _SLOT[cls_root].__set__(self, depth)
        return self

    ns: dict[str, Any] = {"__slots__": ("_pbx_depth",), "__new__": __new__,
                          "__doc__": base.__doc__, "__module__": module}
    cls_root = type(base.__name__, (base,), ns)
    cls_root.__qualname__ = base.__qualname__
    _SLOT[cls_root] = cls_root.__dict__["_pbx_depth"]
    _DEPTH_TYPES.add(cls_root)
    return cls_root


_SLOT: dict[type, Any] = {}

#: Builtins that wrap an iterator or descriptor, as tracking subclasses.
BUILTIN_WRAPPERS: dict[str, type] = {
    name: _tracking(getattr(builtins, name), "builtins")
    for name in ("map", "filter", "zip", "enumerate", "classmethod")
}

#: ``itertools`` iterators that wrap other iterators.
ITERTOOLS_WRAPPERS: dict[str, type] = {
    name: _tracking(getattr(itertools, name), "itertools")
    for name in ("accumulate", "chain", "compress", "dropwhile", "filterfalse", "groupby",
                 "islice", "pairwise", "starmap", "takewhile", "zip_longest")
}


def tuple_depth_exceeds(value: Any, limit: int = MAX_NESTING) -> bool:
    """Whether a tuple nests tuples deeper than ``limit`` (what ``tuplehash`` recurses)."""
    todo: list[tuple[Any, int]] = [(value, 1)]
    pop, push = todo.pop, todo.append
    while todo:
        t, depth = pop()
        if depth > limit:
            return True
        for item in tuple.__iter__(t):
            if isinstance(item, tuple):
                push((item, depth + 1))
    return False


def safe_hash(obj: Any) -> int:
    """``hash``, refusing tuples nested too deep for the C code that hashes them."""
    if isinstance(obj, tuple) and tuple_depth_exceeds(obj):
        raise RecursionError("maximum recursion depth exceeded while hashing a tuple")
    return builtins.hash(obj)


safe_hash.__name__ = safe_hash.__qualname__ = "hash"
safe_hash.__module__ = "builtins"
safe_hash.__doc__ = builtins.hash.__doc__
