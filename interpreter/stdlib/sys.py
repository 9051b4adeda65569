"""The sandbox's ``sys``: read-only facts, the sandbox's own streams, nothing that
reaches frames, the import system, tracing, the recursion limit or the process."""

from __future__ import annotations

import collections
import collections.abc
import os
import sys as host_sys
from typing import TYPE_CHECKING, Any

from ..security.firewall import sandbox_api
from ..tracebacks import traced

if TYPE_CHECKING:
    from . import Stdlib


def _structseq(value: Any, typename: str) -> Any:
    """A read-only copy of one of ``sys``'s struct sequences (``sys.float_info``): the
    real ones are ``sys`` objects, which the firewall keeps out."""
    fields = list(type(value).__match_args__)
    cls = _STRUCTSEQS.get(typename)
    if cls is None:  # one class per process (the firewall remembers the classes it saw)
        cls = collections.namedtuple(typename.rpartition(".")[2], fields)
        cls.__repr__ = lambda self: f"{typename}(" + ", ".join(  # type: ignore[method-assign]
            f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        cls.__module__ = "sys"
        cls = _STRUCTSEQS[typename] = sandbox_api(cls)
    return cls(*[getattr(value, f) for f in fields])


_STRUCTSEQS: dict[str, Any] = {}


@sandbox_api
class ModulesView(collections.abc.Mapping):  # type: ignore[type-arg]
    """``sys.modules``: a read-only view of the modules this session's code imported."""

    __slots__ = ("_importer",)

    def __init__(self, importer: Any) -> None:
        self._importer = importer

    def __getitem__(self, name: Any) -> Any:
        if name not in self._importer.imported:
            raise KeyError(name)
        return self._importer.cache[name]

    def __iter__(self) -> Any:
        cache = self._importer.cache
        return iter([n for n in self._importer.imported if n in cache])

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __repr__(self) -> str:
        return "{" + ", ".join(f"{n!r}: {self[n]!r}" for n in self) + "}"


@sandbox_api
class _Implementation:
    """``sys.implementation``: the interpreter's name and version, read-only."""

    __slots__ = ()

    @property
    def name(self) -> str:
        return host_sys.implementation.name

    @property
    def version(self) -> Any:
        return host_sys.implementation.version

    @property
    def hexversion(self) -> int:
        return host_sys.implementation.hexversion

    def __repr__(self) -> str:
        return (f"namespace(name={self.name!r}, version={self.version!r}, "
                f"hexversion={self.hexversion})")


def _handled() -> BaseException | None:
    """The exception a sandbox ``except`` block is handling; never one of the host's
    (sandbox exceptions carry their sandbox positions by the time a handler runs)."""
    exc = host_sys.exception()
    if exc is None or traced(exc):
        return exc
    tb = exc.__traceback__  # caught where it was raised: the frame that catches it
    code = tb.tb_frame.f_code if tb is not None else None
    if code is not None and (code.co_filename.startswith("<pythonbox")
                             or code.co_filename.startswith(_COMPILER_DIR)):
        return exc
    return None


_COMPILER_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                             "compiler", "")


def build(lib: Stdlib) -> dict[str, Any]:
    rt = lib.rt
    implementation = _Implementation()

    def getrecursionlimit() -> int:
        """Return the sandbox's recursion limit (its maximum call depth)."""
        return rt.max_depth

    def exit(status: Any = None, /) -> None:  # noqa: A001 - it is sys.exit
        """Exit the program by raising SystemExit(status)."""
        raise SystemExit(status) if status is not None else SystemExit()

    def exception() -> BaseException | None:
        """Return the exception being handled, or None."""
        return _handled()

    def exc_info() -> tuple[Any, Any, Any]:
        """Return (type, value, traceback) of the exception being handled."""
        exc = _handled()
        return (None, None, None) if exc is None else (type(exc), exc, exc.__traceback__)

    def getdefaultencoding() -> str:
        """Return the default string encoding ('utf-8')."""
        return "utf-8"

    def getsizeof(obj: Any, *default: Any) -> int:
        """Return the size of object in bytes."""
        return host_sys.getsizeof(obj, *default)

    for fn in (getrecursionlimit, exit, exception, exc_info, getdefaultencoding, getsizeof):
        fn.__module__ = "sys"
        fn.__qualname__ = fn.__name__
        sandbox_api(fn)
    return {
        "version": host_sys.version,
        "version_info": _structseq(host_sys.version_info, "sys.version_info"),
        "hexversion": host_sys.hexversion,
        "platform": host_sys.platform,
        "maxsize": host_sys.maxsize,
        "maxunicode": host_sys.maxunicode,
        "byteorder": host_sys.byteorder,
        "float_info": _structseq(host_sys.float_info, "sys.float_info"),
        "int_info": _structseq(host_sys.int_info, "sys.int_info"),
        "hash_info": _structseq(host_sys.hash_info, "sys.hash_info"),
        "implementation": implementation,
        "argv": [""],
        "getrecursionlimit": getrecursionlimit,
        "getsizeof": getsizeof,
        "getdefaultencoding": getdefaultencoding,
        "stdout": lib.streams.stdout,
        "stderr": lib.streams.stderr,
        "exit": exit,
        "exception": exception,
        "exc_info": exc_info,
        "modules": ModulesView(lib.importer),
    }
