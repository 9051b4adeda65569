"""Exceptions the sandbox raises on its own behalf.

Security errors are ordinary exceptions (user code may catch a denied import,
as it would catch any ImportError).  Limit errors derive from ``LimitExceeded``,
which the interpreter's ``except`` clauses never match: user code may run its
``finally`` blocks, but the execution stops.  For host code they are also the
matching builtin exceptions (``TimeoutError``, ``MemoryError``); if host code
swallows one, the runtime raises it again at the next check point.
"""

from __future__ import annotations


class SecurityError(Exception):
    """An operation the sandbox policy forbids."""


class ForbiddenImportError(SecurityError, ImportError):
    """``import`` of a module outside the allow-list."""


class ForbiddenAttributeError(SecurityError, AttributeError):
    """An attribute the guard denies (``hasattr`` sees it as missing)."""


class LimitExceeded(BaseException):
    """A resource limit stopped the execution; it cannot be caught by user code."""

    limit = "limit"


class TimeLimitExceeded(LimitExceeded, TimeoutError):
    """Also a ``TimeoutError``, so that ``except TimeoutError`` in host code sees it."""

    limit = "timeout"


class OperationLimitExceeded(LimitExceeded):
    limit = "max_operations"


class MemoryLimitExceeded(LimitExceeded, MemoryError):
    """Also a ``MemoryError``, so that ``except MemoryError`` in host code sees it."""

    limit = "max_memory_mb"


class Interrupted(LimitExceeded, KeyboardInterrupt):
    """The user interrupted the execution (the kernel's interrupt button)."""

    limit = "interrupt"


class InternalError(Exception):
    """A bug inside the interpreter, reported with the sandbox location."""


def display_name(exc: BaseException) -> str:
    """The exception type name a user should see."""
    if isinstance(exc, Interrupted):
        return "KeyboardInterrupt"
    return type(exc).__name__
