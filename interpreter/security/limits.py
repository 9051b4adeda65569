"""Pre-checks for operations that allocate a lot in one C-level step.

Sequence repetition, huge powers and shifts, ``bytes(n)``, ``list(range(n))``
and friends are refused before they run when their result would not fit in the
memory limit; everything else is caught by sampling the process's memory.
"""

from __future__ import annotations

import ast
import operator
from typing import Any

from ..errors import MemoryLimitExceeded
from ..runtime import Runtime

_SEQUENCES = (str, bytes, bytearray, list, tuple)
#: Results smaller than this are never checked against the process's memory.
_SMALL = 1 << 20


def _item_size(seq: Any) -> int:
    if isinstance(seq, str):
        return 1 if seq.isascii() else 4
    if isinstance(seq, bytes | bytearray):
        return 1
    return 8


def _check(rt: Runtime, estimate: int) -> None:
    limit = rt.policy.max_memory_mb
    if limit is None or estimate < _SMALL:
        return
    if estimate > limit * 1024 * 1024:
        rt.stop_with(MemoryLimitExceeded(
            f"operation would allocate about {estimate / 2**20:,.0f} MB, over the memory "
            f"limit of {limit} MB"))
    rt.check_memory(extra=estimate)


def check_binop(rt: Runtime, op: type, a: Any, b: Any) -> None:
    if op is ast.Mult:
        for seq, n in ((a, b), (b, a)):
            if isinstance(seq, _SEQUENCES) and isinstance(n, int):
                _check(rt, len(seq) * max(int(n), 0) * _item_size(seq))
        return
    if not (isinstance(a, int) and isinstance(b, int)):
        return
    if op is ast.Pow and b > 0 and abs(a) > 1:
        _check(rt, b * (abs(int(a)).bit_length() - 1) // 8)
    elif op is ast.LShift and b > 0 and a:
        _check(rt, (int(b) + abs(int(a)).bit_length()) // 8)


_MATERIALIZERS = (list, tuple, set, frozenset, sorted, dict, bytes, bytearray, str)


def _length(obj: Any) -> int:
    """How many items an iterable says it will produce (ranges, repeat(), lists...)."""
    try:
        return operator.length_hint(obj)
    except OverflowError:
        return 1 << 62
    except Exception:
        return 0


#: Builtins that consume a whole iterable in one C-level loop (which may ignore signals).
CONSUMERS = (list, tuple, set, frozenset, sorted, dict, bytes, bytearray, str, sum, any, all,
             max, min)
CONSUMER_IDS = frozenset(map(id, CONSUMERS))


def check_sized_call(rt: Runtime, fn: Any, arg: Any) -> None:
    """``bytes(n)``, ``list(range(n))``, ``sum(range(10**12))``: checked before they run.

    The items a C-level loop will consume count as operations, and the result's size
    counts against the memory limit.
    """
    if fn is bytes or fn is bytearray:
        if isinstance(arg, int):
            _check(rt, int(arg))
            return
    if isinstance(arg, str | bytes | bytearray | int):
        return
    n = _length(arg)
    if fn in _MATERIALIZERS:
        _check(rt, n * _PER_ITEM.get(fn, 8))
    if n > 100_000:
        rt.charge(n)


_PER_ITEM = {set: 64, frozenset: 64, dict: 100}


_WIDTH_METHODS = frozenset({"ljust", "rjust", "center", "zfill"})


def check_method_call(rt: Runtime, name: str, fn: Any, args: tuple) -> None:
    """``sep.join(huge)``, ``s.ljust(10**10)``, ``s.expandtabs(10**9)``."""
    owner = getattr(fn, "__self__", None)
    if name == "fromkeys" and args:
        _check(rt, _length(args[0]) * 100)
        return
    if not isinstance(owner, str | bytes | bytearray) or not args:
        return
    if name in _WIDTH_METHODS and isinstance(args[0], int):
        _check(rt, int(args[0]) * _item_size(owner))
    elif name == "expandtabs" and isinstance(args[0], int):
        _check(rt, owner.count("\t" if isinstance(owner, str) else b"\t") * int(args[0]))
    elif name == "fromkeys":
        _check(rt, _length(args[0]) * 100)
    elif name == "join":
        items = args[0]
        if isinstance(items, list | tuple) and len(items) > 1000:
            total = sum(len(x) for x in items if isinstance(x, str | bytes | bytearray))
            _check(rt, total + len(owner) * len(items))
        else:
            _check(rt, _length(items) * max(1, len(owner)))


def check_format_spec(rt: Runtime, spec: str) -> None:
    """A huge width or precision in a format spec (``f"{x:>10000000000}"``)."""
    digits = ""
    longest = 0
    for ch in spec:
        if ch.isdigit():
            digits += ch
            longest = max(longest, len(digits))
        else:
            digits = ""
    if longest >= 7:
        width = max(int(d) for d in _numbers(spec))
        _check(rt, width)


def _numbers(spec: str) -> list[str]:
    import re

    return re.findall(r"\d+", spec) or ["0"]


def check_active_format_spec(spec: Any) -> None:
    """``format(x, spec)`` and ``str.format`` fields, checked against the running limits."""
    from ..runtime import ACTIVE

    rt = ACTIVE[0]
    if rt is not None and isinstance(spec, str) and len(spec) > 6:
        check_format_spec(rt, spec)
