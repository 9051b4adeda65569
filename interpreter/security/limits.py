"""Pre-checks for operations that allocate a lot, or loop a long time, in one C call.

One C-level call can allocate gigabytes (``'x' * 10**12``, ``x + x`` doubled 30
times, ``(1).to_bytes(10**12)``) or loop without ever checking signals
(``sum(range(10**12))``, ``collections.deque(it, maxlen=0)``).  The memory sampler
and SIGALRM cannot stop those in time, so they are measured before they run, with
the values the C code will really use: an ``int`` subclass's C value, not what its
``__int__`` says; a ``str`` subclass's C length, not its ``__len__``; an object's
``__index__`` is called once and its result is what the operation gets.

The hook API (for every call shape the compiler has)
----------------------------------------------------

``GUARDED_CALLS: dict[int, Guard]``
    keyed by ``id(fn)`` of a host callable that needs a look at its arguments
    (``sum``, ``list``, ``bytes``, ``str.join``, ``math.prod``, ``collections.deque``...).
``GUARDED_METHODS: dict[str, Guard]``
    keyed by method name, for ``obj.name(...)`` call sites (the compiler looks the name
    up once, when it compiles the site) and for bound builtin methods called as plain
    values (``j = ''.join; j(x)``).
``Guard = Callable[[Runtime, fn, args: tuple, kwargs: dict | None], Any]``
    A guard *makes the call*: it checks, then calls ``fn(*args, **kwargs)`` itself,
    possibly with exact values in place of the user's (an ``__index__`` result, an
    iterator turned into the list the C code would have built anyway).
``guard_for(fn) -> Guard | None``
    the lookup for a plain call site: ``GUARDED_CALLS`` by id, then a bound builtin
    method by its name.  Call sites do ``g = guard_for(fn); r = fn(*a) if g is None
    else g(rt, fn, a, kw)``; ``call_checked`` does exactly that, and
    ``guarded_call(rt, site_guard, fn, args, kwargs)`` is the slow path of a site that
    skips sandbox functions, unguarded ids and non-builtin-method callees inline.
``checked_binop(rt, op, a, b) -> result``
    for ``Mult``/``Pow``/``LShift``/``Add``/``Mod`` (``inplace=True`` for ``x op= y``),
    after the call site's own fast path for ``int``/``float`` operands.
``check_format_spec(rt, spec)``
    a width or precision in a format spec or a ``%`` format.

A guard must not run sandbox code beyond what the real call would run, and never
twice.
"""

from __future__ import annotations

import array
import ast
import builtins
import collections
import functools
import itertools
import math
import operator
import re
import types
from collections.abc import Callable
from typing import Any

from ..errors import MemoryLimitExceeded
from ..runtime import ACTIVE, Runtime

Guard = Callable[[Runtime, Any, tuple, "dict[str, Any] | None"], Any]

GUARDED_CALLS: dict[int, Guard] = {}
GUARDED_METHODS: dict[str, Guard] = {}
#: Keeps the guarded callables alive, so that their ids stay theirs.
_KEEP: list[Any] = []

#: Results smaller than this are never checked against the process's memory.
_SMALL = 1 << 20
#: Items below which a concatenation of exact builtin sequences needs no check.
_SMALL_ITEMS = 1 << 16
#: Items per second a C loop gets through at best (an optimistic rate: a loop is
#: refused for time only when it could not finish even at that speed).
C_LOOP_RATE = 200_000_000
#: Items a C loop may consume before the loop counts against ``max_operations``.
_COUNTED = 100_000

_SEQUENCES = (str, bytes, bytearray, list, tuple, array.array, collections.deque)
_BUILTIN_METHOD = type([].append)
_METHOD_WRAPPER = type("".__mul__)
#: Bound methods of builtin objects: a plain call site looks their name up.
BOUND_BUILTIN_TYPES = (_BUILTIN_METHOD, _METHOD_WRAPPER)


def _register(fn: Any, g: Guard) -> None:
    """``fn``'s calls go through ``g``.  Never a Python function or method: generated
    call sites call one without looking it up (sandbox functions are the common callee;
    the host Python functions sandbox code reaches need no guard)."""
    if type(fn) in (types.FunctionType, types.MethodType):
        raise TypeError(f"a pre-call guard is for host C callables, not {fn!r}")
    _KEEP.append(fn)
    GUARDED_CALLS[id(fn)] = g


def _guard(*fns: Any) -> Callable[[Guard], Guard]:
    def register(g: Guard) -> Guard:
        for fn in fns:
            _register(fn, g)
        return g
    return register


def _method_guard(*names: str) -> Callable[[Guard], Guard]:
    def register(g: Guard) -> Guard:
        for name in names:
            GUARDED_METHODS[name] = g
        return g
    return register


def guard_for(fn: Any) -> Guard | None:
    """The guard of a plain call site's callee, if it has one."""
    g = GUARDED_CALLS.get(id(fn))
    if g is not None:
        return g
    t = type(fn)
    if t is _BUILTIN_METHOD or t is _METHOD_WRAPPER:
        if type(fn.__self__) is not type(builtins):
            return GUARDED_METHODS.get(fn.__name__)
    return None


def guarded_call(rt: Runtime, site: Guard | None, fn: Any, args: tuple,
                 kwargs: dict[str, Any] | None) -> Any:
    """A call site's slow path: the site's guard (a method name), else the callee's."""
    g = site or GUARDED_CALLS.get(id(fn)) or guard_for(fn)
    if g is not None:
        return g(rt, fn, args, kwargs)
    return fn(*args, **kwargs) if kwargs else fn(*args)


def call_checked(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None = None
                 ) -> Any:
    """``fn(*args, **kwargs)`` through its guard, if it has one."""
    g = guard_for(fn)
    if g is not None:
        return g(rt, fn, args, kwargs)
    return fn(*args, **kwargs) if kwargs else fn(*args)


def _call(fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    return fn(*args, **kwargs) if kwargs else fn(*args)


# ---------------------------------------------------------------------------
# Exact sizes: what the C code will use


def real_len(seq: Any) -> int:
    """The C-level length of a builtin sequence or of a subclass (no ``__len__`` runs)."""
    for base in _SEQUENCES:
        if isinstance(seq, base):
            return base.__len__(seq)
    return 0


def _item_size(seq: Any) -> int:
    if isinstance(seq, str):
        return 1 if str.isascii(seq) else 4
    if isinstance(seq, bytes | bytearray):
        return 1
    if isinstance(seq, array.array):
        return array.array.__dict__["itemsize"].__get__(seq)
    return 8


def _str_width(s: str) -> int:
    """Bytes per character of a str's C storage (1, 2 or 4), without copying it."""
    if str.isascii(s) or not str.__len__(s):
        return 1
    top = ord(max(s))
    return 1 if top < 0x100 else 2 if top < 0x10000 else 4


def exact_int(n: Any) -> int | None:
    """The C value of an ``int`` (subclasses included: their ``__int__`` is ignored)."""
    if type(n) is int:
        return n
    if isinstance(n, int):
        return int.__index__(n)
    return None


def check_size(rt: Runtime, estimate: int) -> None:
    """Refuse an allocation of ``estimate`` bytes that would not fit the memory limit."""
    limit = rt.policy.max_memory_mb
    if limit is None or estimate < _SMALL:
        return
    if estimate > limit * 1024 * 1024:
        rt.stop_with(MemoryLimitExceeded(
            f"operation would allocate about {estimate / 2**20:,.0f} MB, over the memory "
            f"limit of {limit} MB"))
    rt.check_memory(extra=estimate)


_check = check_size  # the old name


def check_loop(rt: Runtime, items: int) -> None:
    """A C-level loop over ``items`` items: counted, and refused if it could not finish."""
    if items > _COUNTED:
        rt.charge(items)
        rt.charge_time(items, C_LOOP_RATE)


# ---------------------------------------------------------------------------
# Binary operators

def _own_method(obj: Any, name: str, base: type) -> bool:
    """Whether ``type(obj)`` overrides ``base.name`` (then sandbox code decides)."""
    return getattr(type(obj), name, None) is not getattr(base, name, None)


def _sequence_base(obj: Any) -> type | None:
    for base in _SEQUENCES:
        if isinstance(obj, base):
            return base
    return None


def _repeat_count(n: Any) -> tuple[int | None, Any]:
    """(count the C code will use, operand to pass on) for ``seq * n``."""
    exact = exact_int(n)
    if exact is not None:
        return exact, n
    index = getattr(type(n), "__index__", None)
    if index is None or hasattr(type(n), "__rmul__") or hasattr(type(n), "__mul__"):
        return None, n  # not a count, or the object's own operator decides
    value = operator.index(n)  # once, as the C code would; it gets this very value
    return value, value


def _check_repeat(rt: Runtime, seq: Any, n: Any, reverse: bool) -> tuple[bool, Any]:
    base = _sequence_base(seq)
    if base is None:
        return False, n
    if _own_method(seq, "__rmul__" if reverse else "__mul__", base):
        return False, n
    count, n = _repeat_count(n)
    if count is None:
        return False, n
    size = real_len(seq) * max(count, 0)
    if isinstance(seq, str) and size >= _SMALL:
        size *= _str_width(seq)
    else:
        size *= _item_size(seq)
    check_size(rt, size)
    return True, n


def _bits(n: int) -> int:
    return int.bit_length(n)


def checked_binop(rt: Runtime, op: type, a: Any, b: Any, inplace: bool = False) -> Any:
    """``a op b`` for the operators whose result size depends on the operands."""
    if op is ast.Mult:
        done, b2 = _check_repeat(rt, a, b, False)
        if done:
            b = b2
        else:
            done, a2 = _check_repeat(rt, b, a, True)
            if done:
                a = a2
        return operator.imul(a, b) if inplace else a * b
    if op is ast.Add:
        ta = type(a)
        if (ta is str or ta is list or ta is tuple or ta is bytes) and type(b) is ta and \
                len(a) + len(b) < _SMALL_ITEMS:  # exact types: their len is the C length
            return operator.iadd(a, b) if inplace else a + b
        if isinstance(a, _SEQUENCES):
            _check_concat(rt, a, b)
        return operator.iadd(a, b) if inplace else a + b
    if op is ast.Mod:
        if isinstance(a, str | bytes | bytearray):
            check_percent_format(rt, a, b)
        return operator.imod(a, b) if inplace else a % b
    ia, ib = exact_int(a), exact_int(b)
    if ia is not None and ib is not None and not (
            _own_method(a, "__pow__", int) or _own_method(a, "__lshift__", int)):
        if op is ast.Pow and ib > 0 and abs(ia) > 1:
            check_size(rt, ib * (_bits(abs(ia)) - 1) // 8)
        elif op is ast.LShift and ib > 0 and ia:
            check_size(rt, (ib + _bits(abs(ia))) // 8)
    fn = _INPLACE[op] if inplace else _BINARY[op]
    return fn(a, b)




def check_binop(rt: Runtime, op: type, a: Any, b: Any) -> None:
    """The size check alone (kept for call sites that compute the result themselves)."""
    if op is ast.Mult:
        if not _check_repeat(rt, a, b, False)[0]:
            _check_repeat(rt, b, a, True)
        return
    if op is ast.Add:
        _check_concat(rt, a, b)
        return
    if op is ast.Mod:
        if isinstance(a, str | bytes | bytearray):
            check_percent_format(rt, a, b)
        return
    ia, ib = exact_int(a), exact_int(b)
    if ia is None or ib is None:
        return
    if op is ast.Pow and ib > 0 and abs(ia) > 1:
        check_size(rt, ib * (_bits(abs(ia)) - 1) // 8)
    elif op is ast.LShift and ib > 0 and ia:
        check_size(rt, (ib + _bits(abs(ia))) // 8)


_BINARY = {ast.Pow: operator.pow, ast.LShift: operator.lshift, ast.Mult: operator.mul,
           ast.Add: operator.add, ast.Mod: operator.mod}
_INPLACE = {ast.Pow: operator.ipow, ast.LShift: operator.ilshift, ast.Mult: operator.imul,
            ast.Add: operator.iadd, ast.Mod: operator.imod}


def _check_concat(rt: Runtime, a: Any, b: Any) -> None:
    """``x + x`` doubling: the size of the concatenation, from the C lengths."""
    base = _sequence_base(a)
    if base is None or _own_method(a, "__add__", base) and not isinstance(a, collections.deque):
        return
    if not isinstance(b, base if base is not tuple else tuple):
        if not (base in (bytes, bytearray) and isinstance(b, bytes | bytearray | memoryview)):
            return
    if isinstance(b, memoryview):
        size = real_len(a) + b.nbytes
    else:
        size = (real_len(a) + real_len(b)) * max(_item_size(a), _item_size(b))
    check_size(rt, size)


# ---------------------------------------------------------------------------
# Format specs and % formats

_SPEC_NUMBERS = re.compile(r"\d+")
_PERCENT = re.compile(r"%(?:\([^)]*\))?[-+ #0]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.)", re.S)
_PERCENT_BYTES = re.compile(_PERCENT.pattern.encode(), re.S)


def check_format_spec(rt: Runtime, spec: Any) -> None:
    """A huge width or precision in a format spec (``f"{x:>10000000000}"``)."""
    if type(spec) is not str:
        if not isinstance(spec, str):
            return
        spec = str.__str__(spec)
    if str.__len__(spec) < 7:
        return
    width = max(map(int, _SPEC_NUMBERS.findall(spec)), default=0)
    check_size(rt, width)


def check_active_format_spec(spec: Any) -> None:
    """``format(x, spec)`` and ``str.format`` fields, checked against the running limits."""
    rt = ACTIVE[0]
    if rt is not None and isinstance(spec, str):
        check_format_spec(rt, spec)


_LONG_NUMBER = re.compile(r"\d{7}")


def check_percent_format(rt: Runtime, fmt: Any, args: Any) -> None:
    """``'%*d' % (n, 7)`` and ``'%10000000000d' % 7``: widths from the format and args."""
    if isinstance(fmt, str):
        fmt = str.__str__(fmt)
        if "*" not in fmt and (str.__len__(fmt) < 7 or not _LONG_NUMBER.search(fmt)):
            return
        found = _PERCENT.finditer(fmt)
        star, percent, width = "*", "%", 4
    else:
        fmt = bytes(fmt) if not isinstance(fmt, bytes) else fmt
        if b"%" not in fmt:
            return
        found = _PERCENT_BYTES.finditer(fmt)
        star, percent, width = b"*", b"%", 1  # type: ignore[assignment]
    values = args if type(args) is tuple else (args,)
    pos = 0
    widest = 0
    for m in found:
        if m.group(3) == percent:
            continue
        for part in (m.group(1), m.group(2)):
            if part is None:
                continue
            if part == star:
                n = exact_int(values[pos]) if pos < len(values) else None
                pos += 1
                if n is not None:
                    widest = max(widest, abs(n))
            elif len(part) > 6:
                widest = max(widest, int(part))
        pos += 1
    check_size(rt, widest * width)


# ---------------------------------------------------------------------------
# Calls that consume a whole iterable, or allocate by an argument


_INFINITE = 1 << 62
_ITERTOOLS_TYPES = {getattr(itertools, n) for n in dir(itertools) if not n.startswith("_")
                    and isinstance(getattr(itertools, n), type)}
_LAZY_BUILTINS = (zip, map, filter, enumerate, reversed)


def _length(obj: Any, depth: int = 0) -> int:
    """At most how many items a C-level loop over ``obj`` will get, as far as the host can
    tell without running sandbox code: exact sizes of builtin containers, length hints of
    builtin iterators, and for lazy combinations (``zip``, ``map``, ``chain``,
    ``permutations``, ``product``...) what their parts give.  0: unknown (then a sandbox
    ``__next__`` runs per item and ticks, or the producer is one that counts)."""
    if depth > 12:
        return 0
    if isinstance(obj, _SEQUENCES):
        return real_len(obj)
    if isinstance(obj, dict | set | frozenset):
        return len(obj)
    t = type(obj)
    for base in t.__mro__[:3]:  # the sandbox's nesting-bounded subclasses count too
        if base in _ITERTOOLS_TYPES or base in _LAZY_BUILTINS:
            return _lazy_length(obj, base, depth)
    if t.__module__ not in ("builtins", "itertools", "collections"):
        return 0  # a user iterator: its own __next__ runs and ticks
    try:
        return operator.length_hint(obj)
    except OverflowError:
        return _INFINITE
    except Exception:  # noqa: BLE001 - no hint (or an endless repeat): nothing to check
        return 0


def _lazy_length(obj: Any, t: type, depth: int) -> int:
    try:
        hint = operator.length_hint(obj)
    except OverflowError:
        return _INFINITE
    except Exception:  # noqa: BLE001
        hint = 0
    if hint:
        return hint
    try:
        reduced = t.__reduce__(obj)
    except Exception:  # noqa: BLE001 - exhausted or not reducible: unknown
        return 0
    args = reduced[1] if len(reduced) > 1 and isinstance(reduced[1], tuple) else ()
    parts = [_length(a, depth + 1) for a in args if not callable(a) or hasattr(a, "__next__")
             or isinstance(a, _SEQUENCES)]
    if t is zip or t is map:
        return min(parts) if parts and all(parts) else 0
    if t in (filter, enumerate, reversed, itertools.filterfalse, itertools.dropwhile,
             itertools.takewhile, itertools.accumulate, itertools.starmap,
             itertools.pairwise, itertools.groupby, itertools.compress):
        return max(parts, default=0)
    if t is itertools.chain:
        state = reduced[2] if len(reduced) > 2 else None
        if args:
            return sum(parts) if all(parts) else 0
        if isinstance(state, tuple) and state:
            return sum(_length(x, depth + 1) for x in state if x is not None)
        return 0
    if t is itertools.zip_longest:
        return max(parts, default=0)
    if t is itertools.islice:
        return max(parts[:1], default=0)
    pool = [len(a) for a in args if isinstance(a, tuple)]
    if t is itertools.product:
        return math.prod(pool) if pool else 0
    r = args[1] if len(args) > 1 and type(args[1]) is int else None
    if pool and r is not None:
        n = pool[0]
        if t is itertools.combinations:
            return math.comb(n, r)
        if t is itertools.combinations_with_replacement:
            return math.comb(n + r - 1, r) if n else 0
        if t is itertools.permutations:
            return math.perm(n, r)
    return 0


_PER_ITEM = {set: 64, frozenset: 64, dict: 100, list: 8, tuple: 8, sorted: 8,
             bytes: 1, bytearray: 1, str: 8, collections.deque: 8}
_MATERIALIZERS = (list, tuple, set, frozenset, sorted, dict, bytes, bytearray,
                  collections.deque)
CONSUMERS = _MATERIALIZERS + (sum, any, all, max, min, math.prod, math.fsum,
                              collections.Counter)


@_guard(*CONSUMERS)
def _consumer(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    """``list(range(n))``, ``sum(range(10**12))``, ``deque(it, maxlen=0)``: the items a C
    loop will consume count as operations, and a result's size counts as memory."""
    if args:
        arg = args[0]
        if type(arg) is _GENERATOR:  # no length to measure: its own steps count (ticks)
            return _call(fn, args, kwargs)
        if (fn is bytes or fn is bytearray) and len(args) == 1:
            n = exact_int(arg)
            if n is not None:
                check_size(rt, n)
                return _call(fn, args, kwargs)
        if (fn is sum or fn is any or fn is all) and not kwargs:
            chunked = _chunked(rt, fn, args)
            if chunked is not _NOT_CHUNKED:
                return chunked
            if fn is not sum:
                return _call(fn, args, kwargs)  # they may stop early: nothing to refuse
        if not isinstance(arg, str | bytes | bytearray | int):
            n = _length(arg)
            if fn in _MATERIALIZERS:
                kept = n
                if fn is collections.deque:
                    maxlen = (kwargs or {}).get("maxlen", args[1] if len(args) > 1 else None)
                    kept = n if maxlen is None else min(n, max(exact_int(maxlen) or 0, 0))
                check_size(rt, kept * _PER_ITEM.get(fn, 8))
            check_loop(rt, n)
    return _call(fn, args, kwargs)


_GENERATOR = types.GeneratorType
_NOT_CHUNKED: Any = object()


def consumes_generator(guard: Guard) -> bool:
    """Whether ``guard`` calls its callee unchecked when the first and only argument is
    a generator (``_consumer`` does: the generator's own steps tick).  Generated code
    calls such a callee directly with a generator expression."""
    return guard is _consumer
_SUM_CHUNK = 1 << 20


def _chunked(rt: Runtime, fn: Any, args: tuple) -> Any:
    """``sum``/``any``/``all`` over a long ``range`` in checked chunks: exact, and it
    stops at the limits like any loop."""
    r = args[0]
    if type(r) is not range or len(args) > (2 if fn is sum else 1):
        return _NOT_CHUNKED
    try:
        n = len(r)
    except OverflowError:
        n = 1 << 62
    if n <= _SUM_CHUNK:
        return _NOT_CHUNKED
    total = args[1] if len(args) == 2 else 0
    start, step = r.start, r.step
    done = 0
    while done < n:
        take = min(_SUM_CHUNK, n - done)
        chunk = range(start + done * step, start + (done + take) * step, step)
        if fn is sum:
            total = sum(chunk, total)
        elif fn is any:
            if any(chunk):
                return True
        elif not all(chunk):
            return False
        done += take
        rt.left -= take  # counted like the loop iterations they are
        if rt.left < 0:
            rt.tick()
    return total if fn is sum else fn is all


@_method_guard("fromkeys")
def _fromkeys(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    if args:
        n = _length(args[0])
        check_size(rt, n * 100)
        check_loop(rt, n)
    return _call(fn, args, kwargs)


_WIDTH_METHODS = ("ljust", "rjust", "center", "zfill")


@_method_guard(*_WIDTH_METHODS)
def _width(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    owner, args = _split(fn, args)
    if isinstance(owner, str | bytes | bytearray) and args:
        n = exact_int(args[0])
        if n is None and hasattr(type(args[0]), "__index__"):
            n = operator.index(args[0])
            args = (n, *args[1:])
        if n is not None:
            check_size(rt, n * _item_size(owner))
    return _rejoin(fn, owner, args, kwargs)


@_method_guard("expandtabs")
def _expandtabs(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    owner, rest = _split(fn, args)
    size = (kwargs or {}).get("tabsize", rest[0] if rest else 8)
    n = exact_int(size)
    if isinstance(owner, str | bytes | bytearray) and n is not None and n > 1:
        tabs = owner.count("\t" if isinstance(owner, str) else b"\t")
        check_size(rt, (tabs * n + real_len(owner)) * _item_size(owner))
    return _rejoin(fn, owner, rest, kwargs)


@_method_guard("join")
def _join(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    """``sep.join(items)``: the C code makes a list of the items, then one result; the
    list is made here (checked), and the result's size comes from the items' lengths."""
    owner, rest = _split(fn, args)
    if not isinstance(owner, str | bytes | bytearray) or len(rest) != 1 or kwargs:
        return _rejoin(fn, owner, rest, kwargs)
    items = rest[0]
    if not isinstance(items, list | tuple):
        n = _length(items)
        check_size(rt, n * 8)
        check_loop(rt, n)
        items = list(items)
    types = set(map(type, items))
    if types <= {str} or types <= {bytes} or types <= {bytes, bytearray}:
        size = sum(map(len, items))
        total = size + real_len(owner) * max(len(items) - 1, 0)
        width = _item_size(owner)
        if isinstance(owner, str) and total >= _SMALL:
            width = max([width, *map(_item_size, items[:64])])
        check_size(rt, total * width)
    return _rejoin(fn, owner, (items,), kwargs)


@_method_guard("replace")
def _replace(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    owner, rest = _split(fn, args)
    if isinstance(owner, str | bytes | bytearray) and len(rest) >= 2 and not kwargs:
        old, new = rest[0], rest[1]
        if isinstance(old, str | bytes | bytearray) and isinstance(new, str | bytes | bytearray):
            grow = real_len(new) - real_len(old)
            length = real_len(owner)
            if grow > 0 and length * grow >= _SMALL:
                count = owner.count(old) if real_len(old) else length + 1
                if len(rest) > 2:
                    limit = exact_int(rest[2])
                    if limit is not None and limit >= 0:
                        count = min(count, limit)
                check_size(rt, (length + count * grow) * max(_item_size(owner),
                                                             _item_size(new)))
    return _rejoin(fn, owner, rest, kwargs)


@_method_guard("translate")
def _translate(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    owner, rest = _split(fn, args)
    if isinstance(owner, str) and rest and type(rest[0]) is dict:
        table = rest[0]
        longest = max((str.__len__(v) for v in table.values() if isinstance(v, str)),
                      default=1)
        if longest > 1:
            check_size(rt, str.__len__(owner) * longest * 4)
    return _rejoin(fn, owner, rest, kwargs)


@_method_guard("to_bytes")
def _to_bytes(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    owner, rest = _split(fn, args)
    length = (kwargs or {}).get("length", rest[0] if rest else 1)
    n = exact_int(length)
    if isinstance(owner, int) and n is not None:
        check_size(rt, n)
    return _rejoin(fn, owner, rest, kwargs)


@_method_guard("__mul__", "__rmul__", "__imul__")
def _dunder_mul(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    owner, rest = _split(fn, args)
    if rest and not kwargs and _sequence_base(owner) is not None:
        count, n = _repeat_count(rest[0])
        if count is not None:
            check_size(rt, real_len(owner) * max(count, 0) * _item_size(owner))
            rest = (n,)
    return _rejoin(fn, owner, rest, kwargs)


@_method_guard("__add__", "__radd__", "__iadd__")
def _dunder_add(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    owner, rest = _split(fn, args)
    if rest and not kwargs:
        _check_concat(rt, owner, rest[0])
    return _rejoin(fn, owner, rest, kwargs)


@_method_guard("__pow__", "__rpow__", "__lshift__", "__rlshift__", "__ipow__", "__ilshift__")
def _dunder_pow(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    owner, rest = _split(fn, args)
    if rest and not kwargs and isinstance(owner, int):
        name = fn.__name__
        op = ast.Pow if "pow" in name else ast.LShift
        a, b = (rest[0], owner) if name.startswith("__r") else (owner, rest[0])
        if len(rest) == 1:
            check_binop(rt, op, a, b)
    return _rejoin(fn, owner, rest, kwargs)


@_method_guard("__mod__", "__rmod__")
def _dunder_mod(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    owner, rest = _split(fn, args)
    if rest and not kwargs and isinstance(owner, str | bytes | bytearray) and \
            fn.__name__ == "__mod__":
        check_percent_format(rt, owner, rest[0])
    return _rejoin(fn, owner, rest, kwargs)


@_method_guard("__format__")
def _dunder_format(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    owner, rest = _split(fn, args)
    if rest:
        check_format_spec(rt, rest[0])
    return _rejoin(fn, owner, rest, kwargs)


_UNBOUND: Any = object()
_NOT_BUILTIN: Any = object()
_UNBOUND_TYPES = (type(str.join), type(str.__mul__), type(dict.__dict__["fromkeys"]))


def _split(fn: Any, args: tuple) -> tuple[Any, tuple]:
    """(the object a builtin method works on, the other args): bound (``s.join``) or
    unbound (``str.join(s, ...)``); ``_NOT_BUILTIN`` for anything else (a sandbox
    method of the same name decides for itself)."""
    t = type(fn)
    if t is _BUILTIN_METHOD or t is _METHOD_WRAPPER:
        owner = fn.__self__
        if type(owner) is not type(builtins):
            return owner, args
        return _NOT_BUILTIN, args
    if t in _UNBOUND_TYPES and args:
        return args[0], args[1:]
    return _NOT_BUILTIN, args


def _rejoin(fn: Any, owner: Any, rest: tuple, kwargs: dict[str, Any] | None) -> Any:
    t = type(fn)
    if owner is _NOT_BUILTIN or t is _BUILTIN_METHOD or t is _METHOD_WRAPPER:
        return _call(fn, rest, kwargs)
    return _call(fn, (owner, *rest), kwargs)


def _register_unbound() -> None:
    """``str.join(sep, items)`` and friends: the method descriptors of builtin types."""
    for name, g in list(GUARDED_METHODS.items()):
        for t in (str, bytes, bytearray, int, list, tuple, array.array, collections.deque,
                  dict):
            d = t.__dict__.get(name)
            if d is not None and not isinstance(d, classmethod):
                _register(d, g)


_register_unbound()


@_guard(builtins.pow, operator.pow, operator.ipow)
def _pow(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    if len(args) == 2 and not kwargs:
        return checked_binop(rt, ast.Pow, args[0], args[1], fn is operator.ipow)
    return _call(fn, args, kwargs)


@_guard(operator.mul, operator.imul)
def _mul(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    if len(args) == 2 and not kwargs:
        return checked_binop(rt, ast.Mult, args[0], args[1], fn is operator.imul)
    return _call(fn, args, kwargs)


@_guard(operator.add, operator.iadd, operator.concat, operator.iconcat)
def _add(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    if len(args) == 2 and not kwargs:
        _check_concat(rt, args[0], args[1])
    return _call(fn, args, kwargs)


@_guard(operator.lshift, operator.ilshift)
def _lshift(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    if len(args) == 2 and not kwargs:
        return checked_binop(rt, ast.LShift, args[0], args[1], fn is operator.ilshift)
    return _call(fn, args, kwargs)


@_guard(operator.mod, operator.imod)
def _mod(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    if len(args) == 2 and not kwargs:
        return checked_binop(rt, ast.Mod, args[0], args[1], fn is operator.imod)
    return _call(fn, args, kwargs)


@_guard(array.array)
def _array(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    if len(args) > 1 and not isinstance(args[1], str | bytes | bytearray):
        n = _length(args[1])
        check_size(rt, n * 8)
        check_loop(rt, n)
    return _call(fn, args, kwargs)


@_guard(math.factorial, math.comb, math.perm)
def _factorial(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    """The result's size: n log n bits for factorial, less for comb and perm."""
    if args and not kwargs:
        n = exact_int(args[0])
        k = exact_int(args[1]) if len(args) > 1 else n
        if n is not None and k is not None and n > 100_000 and k > 0:
            bits = math.log2(n)
            if fn is math.comb:
                size = min(n, min(k, max(n - k, 0)) * bits)
            else:
                size = min(k, n) * bits
            check_size(rt, int(size) // 8)
    return _call(fn, args, kwargs)


@_guard(itertools.islice)
def _islice(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    """``islice(it, 10**18, None)`` skips in one C loop when it is first advanced."""
    if len(args) >= 3 and not kwargs:
        start = exact_int(args[1])
        source = args[0]
        if start is not None and start > _COUNTED and \
                type(source).__module__ in ("builtins", "itertools"):
            n = _length(source)
            check_loop(rt, min(start, n) if n else start)
    return _call(fn, args, kwargs)


# ---------------------------------------------------------------------------
# Exceptions made by sandbox code may take attributes (those raised by host code not)


def _new_exception(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    r = _call(fn, args, kwargs)
    if isinstance(r, BaseException):
        from ..tracebacks import mark_made

        mark_made(r)
    return r


def guard_exception_class(cls: Any) -> None:
    """Calls of a host exception class from sandbox code mark what they make."""
    if isinstance(cls, type) and issubclass(cls, BaseException) and id(cls) not in \
            GUARDED_CALLS:
        _register(cls, _new_exception)


for _value in vars(builtins).values():
    guard_exception_class(_value)


# ---------------------------------------------------------------------------
# More C loops over an argument


@_guard(itertools.combinations, itertools.combinations_with_replacement,
        itertools.permutations, itertools.product, functools.reduce)
def _pools(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    """Combinatoric iterators copy their inputs into tuples when they are made, and
    ``functools.reduce`` runs one C loop over its iterable."""
    inputs = args[1:2] if fn is functools.reduce else \
        (args if fn is itertools.product else args[:1])
    for it in inputs:
        n = _length(it)
        if fn is not functools.reduce:
            check_size(rt, n * 8)
        check_loop(rt, n)
    return _call(fn, args, kwargs)


_LOOP_METHODS = ("extend", "update", "union", "intersection", "difference",
                 "symmetric_difference", "issubset", "issuperset", "isdisjoint",
                 "intersection_update", "difference_update", "symmetric_difference_update")


@_method_guard(*_LOOP_METHODS)
def _loop_method(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    """``x.extend(range(10**12))``, ``s.update(...)``: one C loop over each argument."""
    owner = getattr(fn, "__self__", None)
    if isinstance(owner, list | set | frozenset | dict | bytearray | collections.deque |
                  array.array | collections.Counter):
        for it in (args[1:] if owner is None else args):
            n = _length(it)
            check_size(rt, n * 8)
            check_loop(rt, n)
    return _call(fn, args, kwargs)


@_method_guard("getrandbits", "randbytes")
def _random_size(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    owner = getattr(fn, "__self__", None)
    if owner is not None and args and hasattr(owner, "getrandbits") and \
            hasattr(owner, "seed"):
        n = exact_int(args[0])
        if n is not None:
            check_size(rt, n // 8 if getattr(fn, "__name__", "") == "getrandbits" else n)
    return _call(fn, args, kwargs)
