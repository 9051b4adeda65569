"""The sandbox policy: one object that says what code may import and use."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

DEFAULT_ALLOWED_MODULES: tuple[str, ...] = (
    "asyncio", "json", "math", "random", "re", "datetime", "time", "collections",
    "itertools", "functools", "operator", "typing", "decimal", "fractions", "statistics",
    "array", "bisect", "heapq", "copy", "enum", "uuid", "dataclasses", "abc", "contextlib",
    "string",
    # curated proxies and session-built modules (interpreter/stdlib)
    "sys", "io", "types", "warnings", "traceback", "textwrap", "pprint", "csv", "base64",
    "binascii", "hashlib", "hmac", "secrets", "unicodedata", "difflib", "calendar",
    "struct", "html", "zlib", "gzip", "graphlib", "numbers", "locale", "shlex", "fnmatch",
    "timeit", "unittest", "doctest", "this", "IPython",
)

#: Modules that stay blocked while ``restrict_os`` is on, even when listed.  ``sys``,
#: ``io``, ``types``, ``traceback``, ``warnings`` and ``fnmatch`` are no longer here: the
#: sandbox offers curated versions of them (``interpreter/stdlib``).
OS_MODULES: frozenset[str] = frozenset({
    "os", "subprocess", "shutil", "platform", "socket", "importlib", "ctypes",
    "pathlib", "builtins", "gc", "inspect", "pickle", "marshal", "threading",
    "multiprocessing", "signal", "resource", "posix", "nt", "pty", "tty", "fcntl", "mmap",
    "select", "selectors", "ssl", "urllib", "http", "ftplib", "smtplib", "telnetlib",
    "tempfile", "glob", "code", "codeop", "runpy", "pkgutil", "zipimport",
    "concurrent", "_thread", "sysconfig", "site", "linecache", "tracemalloc",
    "faulthandler", "atexit", "weakref", "dis", "ast", "symtable", "webbrowser",
    "shelve", "dbm", "sqlite3", "zipfile", "tarfile", "logging", "copyreg",
    "_io", "_csv", "_hashlib", "_sha256", "_warnings", "pydoc", "pdb", "bdb",
    "operator_", "asyncio.subprocess", "xmlrpc", "socketserver", "wsgiref", "email",
})


@dataclass(frozen=True)
class Policy:
    """Everything the sandbox enforces; shared by Session, execute_async and the kernel.

    Time is in seconds, memory in MiB.  ``None`` disables a limit.
    """

    allowed_modules: tuple[str, ...] = DEFAULT_ALLOWED_MODULES
    restrict_os: bool = True
    timeout: float | None = 30.0
    #: Off by default: time is the limit people understand (and a fast interpreter
    #: reaches any fixed count at a different moment); ``execute_async`` keeps the
    #: original project's 10,000,000; turn it on for deterministic grading.
    max_operations: int | None = None
    max_recursion_depth: int = 1000
    max_memory_mb: int | None = 1024
    max_output_bytes: int | None = 1_000_000
    os_restrictions: bool = False
    #: ``import interpreter`` offers a nested sandbox (never more permissive than this one).
    nested_sandbox: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "allowed_modules", tuple(self.allowed_modules))

    def with_changes(self, **changes: object) -> Policy:
        return replace(self, **changes)  # type: ignore[arg-type]

    def module_allowed(self, name: str) -> bool:
        """Whether ``import name`` is allowed (a dotted name needs its root listed)."""
        root = name.split(".", 1)[0]
        if self.restrict_os and (name in OS_MODULES or root in OS_MODULES):
            return False
        return name in self.allowed_modules or root in self.allowed_modules

    @classmethod
    def from_modules(cls, allowed_modules: Iterable[str] | None, **limits: object) -> Policy:
        modules = DEFAULT_ALLOWED_MODULES if allowed_modules is None else tuple(allowed_modules)
        return cls(allowed_modules=modules, **limits)  # type: ignore[arg-type]
