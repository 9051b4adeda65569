"""Pre-checks for operations that allocate a lot in one C-level step.

Sequence repetition, huge powers and shifts, ``bytes(n)``, ``list(range(n))``
and friends are refused before they run when their result would not fit in the
memory limit; everything else is caught by sampling the process's memory.
"""

from __future__ import annotations

import ast
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


def check_sized_call(rt: Runtime, fn: Any, arg: Any) -> None:
    """``bytes(n)``, ``bytearray(n)``, ``list(range(n))``, ``sorted(range(n))``..."""
    if fn is bytes or fn is bytearray:
        if isinstance(arg, int):
            _check(rt, int(arg))
        return
    if type(arg) is range:
        try:
            n = len(arg)
        except OverflowError:
            n = 1 << 62
        _check(rt, n * 8)
