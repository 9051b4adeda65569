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
from .facade import SessionFacade, StdinNotAvailableError, StdinNotImplementedError
from .jail import (
    JailConfig,
    JailedSession,
    RemoteValue,
    WorkerError,
    discard_prestarted_template,
    prestart_template,
)
from .oslimits import apply_os_restrictions
from .policy import DEFAULT_ALLOWED_MODULES, Policy
from .session import CellResult, Session

__version__ = "0.1.0"

__all__ = [
    "CellResult", "DEFAULT_ALLOWED_MODULES", "ExecutionResult", "ForbiddenAttributeError",
    "ForbiddenImportError", "InternalError", "Interrupted", "JailConfig", "JailedSession",
    "LimitExceeded", "MemoryLimitExceeded", "OperationLimitExceeded", "Policy",
    "RemoteValue", "SecurityError", "Session", "SessionFacade", "StdinNotAvailableError",
    "StdinNotImplementedError",
    "TimeLimitExceeded", "WorkerError", "apply_os_restrictions", "discard_prestarted_template",
    "execute", "execute_async", "open_session", "prestart_template",
]


def open_session(policy: Policy | None = None, *, isolation: str = "process",
                 **kwargs: object) -> SessionFacade:
    """A session of either kind behind the facade: ``"process"`` (a jailed worker) or
    ``"inprocess"`` (this process; host objects may be passed in)."""
    if isolation == "process":
        return JailedSession(policy, **kwargs)  # type: ignore[arg-type]
    if isolation == "inprocess":
        return Session(policy, **kwargs)  # type: ignore[arg-type]
    raise ValueError(f"isolation is 'process' or 'inprocess', not {isolation!r}")
