"""``decimal`` within the limits: bounded contexts and bounded conversions.

libmpdec never checks for signals.  At a precision of 10**6, ``Decimal(2).ln()``
runs for hours in one C call, and converting between ``int`` and ``Decimal`` is
quadratic in the number of digits (``int(Decimal('1e1000000'))`` takes minutes).
Neither the alarm nor the memory sampler can stop that, so:

* a context's ``prec`` may not exceed ``max_precision(timeout)``: the precision at
  which the slowest operation (``sqrt``, ``exp``, ``ln``, ``power``) still finishes
  within the time limit (about 13,000 digits for 30 s, 4,000 for 1 s);
  ``Emax``/``Emin`` stay within CPython's default range (+-999,999).  The checks
  apply where a context gets its values: ``Context(...)``, ``localcontext(...)``,
  ``setcontext(...)`` and attribute writes (``getcontext().prec = ...``, in
  ``guard.check_setattr``);
* ``int`` <-> ``Decimal`` conversions of more than ``MAX_CONVERSION_DIGITS`` digits
  (``Decimal(10**10**6)``, ``int(d)``, ``round``, ``math.floor``, ``as_integer_ratio``,
  ``Fraction(d)``) and ``Decimal`` strings with an exponent past the context range are
  refused before they start.
"""

from __future__ import annotations

import decimal
import fractions
import math
from typing import Any

from ..errors import SecurityError
from ..runtime import Runtime
from . import limits

#: Digits an int <-> Decimal conversion may have (about 0.15 s at most).
MAX_CONVERSION_DIGITS = 50_000
#: Exponents a context may allow (CPython's default context: +-999,999).
MAX_EXPONENT = 999_999
#: Seconds the slowest operation takes at 1000 digits, and how it grows with precision.
_SECONDS_AT_1000 = 0.02
_GROWTH = 2.8
_PRECISION_FLOOR = 1_000
_PRECISION_CEILING = 100_000

_DECIMAL = decimal.Decimal
_LOG10_2 = math.log10(2)


def max_precision(timeout: float | None) -> int:
    """The highest precision whose slowest operation fits in ``timeout`` seconds."""
    if timeout is None:
        return _PRECISION_CEILING
    p = 1000 * (max(timeout, 0.05) / _SECONDS_AT_1000) ** (1 / _GROWTH)
    return int(min(_PRECISION_CEILING, max(_PRECISION_FLOOR, p)))


def check_context_value(name: str, value: Any, timeout: float | None) -> None:
    """The bounds of one context field (``prec``, ``Emax``, ``Emin``)."""
    n = limits.exact_int(value)
    if n is None:
        return  # the context itself refuses what is not an int
    if name == "prec":
        top = max_precision(timeout)
        if n > top:
            raise SecurityError(
                f"decimal precision {n:,} is over the sandbox's maximum of {top:,} digits "
                f"(its slowest operations must finish within the time limit)")
    elif name == "Emax" and n > MAX_EXPONENT:
        raise SecurityError(f"decimal Emax {n:,} is over the sandbox's maximum of "
                            f"{MAX_EXPONENT:,}")
    elif name == "Emin" and n < -MAX_EXPONENT:
        raise SecurityError(f"decimal Emin {n:,} is under the sandbox's minimum of "
                            f"{-MAX_EXPONENT:,}")


def check_context(ctx: Any, timeout: float | None) -> None:
    if isinstance(ctx, decimal.Context):
        for name in ("prec", "Emax", "Emin"):
            check_context_value(name, getattr(decimal.Context, name).__get__(ctx), timeout)


def _timeout(rt: Runtime) -> float | None:
    return rt.policy.timeout


def make_decimal(rt: Runtime) -> dict[str, Any]:
    """The sandbox's ``Context``, ``localcontext`` and ``setcontext`` for one session."""

    class _ContextType(type):
        def __instancecheck__(cls, obj: Any) -> bool:
            return isinstance(obj, decimal.Context)

        def __subclasscheck__(cls, sub: Any) -> bool:
            return isinstance(sub, type) and issubclass(sub, decimal.Context)

    class Context(decimal.Context, metaclass=_ContextType):
        __doc__ = decimal.Context.__doc__

        def __init__(self, prec: Any = None, rounding: Any = None, Emin: Any = None,  # noqa: N803
                     Emax: Any = None, capitals: Any = None, clamp: Any = None,  # noqa: N803
                     flags: Any = None, traps: Any = None) -> None:
            for name, value in (("prec", prec), ("Emax", Emax), ("Emin", Emin)):
                if value is not None:
                    check_context_value(name, value, _timeout(rt))
            super().__init__(prec, rounding, Emin, Emax, capitals, clamp, flags, traps)

    Context.__module__ = "decimal"
    Context.__qualname__ = Context.__name__ = "Context"

    def localcontext(ctx: Any = None, **kwargs: Any) -> Any:
        if ctx is not None:
            check_context(ctx, _timeout(rt))
        for name in ("prec", "Emax", "Emin"):
            if name in kwargs:
                check_context_value(name, kwargs[name], _timeout(rt))
        return decimal.localcontext(ctx, **kwargs)

    def setcontext(context: Any) -> None:
        check_context(context, _timeout(rt))
        decimal.setcontext(context)

    localcontext.__doc__ = decimal.localcontext.__doc__
    setcontext.__doc__ = decimal.setcontext.__doc__
    for fn in (localcontext, setcontext):
        fn.__module__ = "decimal"
    return {"Context": Context, "localcontext": localcontext, "setcontext": setcontext}


# ---------------------------------------------------------------------------
# Conversions


def _digits_of_decimal(d: Any) -> int:
    if type(d) is not _DECIMAL and not isinstance(d, _DECIMAL):
        return 0
    if not _DECIMAL.is_finite(d) or _DECIMAL.is_zero(d):
        return 0
    return max(0, _DECIMAL.adjusted(d) + 1)


def _check_digits(rt: Runtime, digits: int, what: str) -> None:
    if digits > MAX_CONVERSION_DIGITS:
        raise SecurityError(
            f"{what} of a number with about {digits:,} digits is refused in the sandbox "
            f"(more than {MAX_CONVERSION_DIGITS:,}: it would run in one uninterruptible "
            "C call)")


@limits._guard(int, round, math.floor, math.ceil, math.trunc)
def _to_int(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    if args and isinstance(args[0], _DECIMAL) and not (fn is round and len(args) > 1):
        _check_digits(rt, _digits_of_decimal(args[0]), "converting a Decimal to int")
    return fn(*args, **kwargs) if kwargs else fn(*args)


@limits._method_guard("__int__", "__trunc__", "__floor__", "__ceil__", "__round__",
                      "as_integer_ratio", "__index__")
def _decimal_method(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None
                    ) -> Any:
    owner, rest = limits._split(fn, args)
    if isinstance(owner, _DECIMAL) and not (fn.__name__ == "__round__" and rest):
        _check_digits(rt, _digits_of_decimal(owner), "converting a Decimal to int")
    return limits._rejoin(fn, owner, rest, kwargs)


@limits._guard(decimal.Decimal, fractions.Fraction)
def _from_number(rt: Runtime, fn: Any, args: tuple, kwargs: dict[str, Any] | None) -> Any:
    value = args[0] if args else (kwargs or {}).get("value")
    n = limits.exact_int(value)
    if n is not None and fn is decimal.Decimal:
        _check_digits(rt, int(int.bit_length(n) * _LOG10_2), "converting an int to Decimal")
    elif isinstance(value, _DECIMAL) and fn is fractions.Fraction:
        _check_digits(rt, _digits_of_decimal(value), "converting a Decimal to Fraction")
    result = fn(*args, **kwargs) if kwargs else fn(*args)
    if fn is decimal.Decimal and isinstance(value, str | tuple):
        if _DECIMAL.is_finite(result) and not _DECIMAL.is_zero(result) and \
                abs(_DECIMAL.adjusted(result)) > MAX_EXPONENT:
            raise SecurityError(
                f"a Decimal with exponent {_DECIMAL.adjusted(result):,} is refused in the "
                f"sandbox (past +-{MAX_EXPONENT:,})")
    return result
