"""The sandbox's ``csv``: CPython's ``csv.py`` run by the sandbox over a per-session
``_csv``, whose dialect registry belongs to the session (``register_dialect`` in a cell
never changes the host's dialects) and whose process-wide field size limit is read-only.
"""

from __future__ import annotations

import _csv
import types
from typing import TYPE_CHECKING, Any

from ..errors import SecurityError
from ..security.firewall import sandbox_api
from .loader import host_source, run_module

if TYPE_CHECKING:
    from . import Stdlib


def _core(lib: Stdlib) -> Any:
    dialects: dict[str, Any] = {}

    def resolve(dialect: Any) -> Any:
        if isinstance(dialect, str):
            try:
                return dialects[dialect]
            except KeyError:
                raise _csv.Error("unknown dialect") from None
        return dialect

    def reader(csvfile: Any, dialect: Any = "excel", **fmtparams: Any) -> Any:
        return _csv.reader(csvfile, resolve(dialect), **fmtparams)

    def writer(csvfile: Any, dialect: Any = "excel", **fmtparams: Any) -> Any:
        return _csv.writer(csvfile, resolve(dialect), **fmtparams)

    def register_dialect(name: Any, dialect: Any = None, **fmtparams: Any) -> None:
        if not isinstance(name, str):
            raise TypeError("dialect name must be a string")
        base = () if dialect is None else (resolve(dialect),)
        dialects[name] = _csv.Dialect(*base, **fmtparams)

    def unregister_dialect(name: Any) -> None:
        if dialects.pop(name, None) is None:
            raise _csv.Error("unknown dialect")

    def get_dialect(name: Any) -> Any:
        return resolve(name) if isinstance(name, str) else _raise_unknown()

    def list_dialects() -> list[str]:
        return list(dialects)

    def field_size_limit(*args: Any) -> int:
        if args:
            raise SecurityError("csv.field_size_limit(n) would change the limit of the whole "
                                "process; the sandbox only reads it")
        return _csv.field_size_limit()

    funcs = (reader, writer, register_dialect, unregister_dialect, get_dialect,
             list_dialects, field_size_limit)
    for fn in funcs:
        fn.__module__ = "_csv"
        sandbox_api(fn)
        fn.__doc__ = getattr(_csv, fn.__name__).__doc__
    core = types.SimpleNamespace(**{fn.__name__: fn for fn in funcs})
    for name in ("Error", "Dialect", "QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC",
                 "QUOTE_NONE", "__version__", "__doc__"):
        setattr(core, name, getattr(_csv, name))
    return core


def _raise_unknown() -> Any:
    raise _csv.Error("unknown dialect")


def build(lib: Stdlib) -> dict[str, Any]:
    core = _core(lib)
    return run_module(lib, "csv", host_source("csv"), extra_imports={"_csv": lambda: core})
