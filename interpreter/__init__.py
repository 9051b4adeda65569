"""PythonBox's sandboxed Python interpreter (knows nothing about Jupyter)."""

from . import compiler as _compiler  # noqa: F401  (registers the node compilers)
from .api import ExecutionResult, execute, execute_async
from .errors import (
    ForbiddenAttributeError,
    ForbiddenImportError,
    InternalError,
    Interrupted,
    LimitExceeded,
    MemoryLimitExceeded,
    OperationLimitExceeded,
    SecurityError,
    TimeLimitExceeded,
)
from .policy import DEFAULT_ALLOWED_MODULES, Policy
from .session import CellResult, Session

__version__ = "0.1.0"

__all__ = [
    "CellResult", "DEFAULT_ALLOWED_MODULES", "ExecutionResult", "ForbiddenAttributeError",
    "ForbiddenImportError", "InternalError", "Interrupted", "LimitExceeded",
    "MemoryLimitExceeded", "OperationLimitExceeded", "Policy", "SecurityError", "Session",
    "TimeLimitExceeded", "execute", "execute_async",
]
