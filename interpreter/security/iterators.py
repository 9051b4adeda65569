"""Endless host iterators offered as iterators that count at the check point.

``itertools.count()``, ``cycle()`` and ``repeat()`` are C iterators, and so are the
consumers they meet: ``sum``, ``collections.deque(..., maxlen=0)``, ``math.prod``,
``dict.fromkeys``, ``filter``, ``islice``...  A C consumer of a C producer is one C
loop that never checks signals, so ``sum(itertools.count())`` could not be stopped.

The sandbox's versions keep ``itertools``' semantics and reprs but step through a
Python ``__next__`` that counts one operation at the interpreter's check point.  Any
C loop that pulls from them therefore runs sandbox-checked code at every item and
stops at the time, operation and memory limits.  ``iter(callable, sentinel)`` over
a host callable (``iter(int, 1)``) is the same kind of endless C loop and gets the
same treatment.  The real iterator inside is a private attribute: the guard never
hands it out.
"""

from __future__ import annotations

import itertools
from typing import Any

from ..runtime import Runtime


def make_iterators(rt: Runtime) -> dict[str, Any]:
    """``count``, ``cycle``, ``repeat`` and a checked callable-iterator for one session."""

    class count:  # noqa: N801 - the itertools name
        """Return a count object whose .__next__() method returns consecutive values."""

        __slots__ = ("_next", "_it")

        def __init__(self, start: Any = 0, step: Any = 1) -> None:
            it = itertools.count(start, step)
            self._it = it
            self._next = it.__next__

        def __iter__(self) -> count:
            return self

        def __next__(self) -> Any:
            rt.left -= 1
            if rt.left < 0:
                rt.tick()
            return self._next()

        def __repr__(self) -> str:
            return repr(self._it)

    class cycle:  # noqa: N801
        """Return elements from the iterable until it is exhausted. Then repeat the
        sequence indefinitely."""

        __slots__ = ("_next", "_it")

        def __init__(self, iterable: Any) -> None:
            it = itertools.cycle(iterable)
            self._it = it
            self._next = it.__next__

        def __iter__(self) -> cycle:
            return self

        def __next__(self) -> Any:
            rt.left -= 1
            if rt.left < 0:
                rt.tick()
            return self._next()

        def __repr__(self) -> str:
            return f"<itertools.cycle object at {id(self):#x}>"

    class repeat:  # noqa: N801
        """repeat(object [,times]) -> create an iterator which returns the object
        for the specified number of times.  If not specified, returns the object
        endlessly."""

        __slots__ = ("_next", "_it")

        def __init__(self, object: Any, *times: Any) -> None:  # noqa: A002 - the C name
            it = itertools.repeat(object, *times)
            self._it = it
            self._next = it.__next__

        def __iter__(self) -> repeat:
            return self

        def __next__(self) -> Any:
            rt.left -= 1
            if rt.left < 0:
                rt.tick()
            return self._next()

        def __length_hint__(self) -> int:
            return self._it.__length_hint__()

        def __repr__(self) -> str:
            return repr(self._it)

    class callable_iterator:  # noqa: N801 - the builtin type's name
        __slots__ = ("_next",)

        def __init__(self, func: Any, sentinel: Any) -> None:
            self._next = iter(func, sentinel).__next__

        def __iter__(self) -> callable_iterator:
            return self

        def __next__(self) -> Any:
            rt.left -= 1
            if rt.left < 0:
                rt.tick()
            return self._next()

        def __repr__(self) -> str:
            return f"<callable_iterator object at {id(self):#x}>"

    for cls in (count, cycle, repeat):
        cls.__module__ = "itertools"
        cls.__qualname__ = cls.__name__
    callable_iterator.__module__ = "builtins"
    return {"count": count, "cycle": cycle, "repeat": repeat,
            "callable_iterator": callable_iterator}
