"""The standard library inside the sandbox: modules each session builds for itself.

The importer asks :meth:`Stdlib.provide` before it looks at the host's modules.  A
provided module is a namespace built for this session only, and the module table's row
still decides which of its names the sandbox sees:

* host-side modules: a few safe functions and classes made for one session (``sys``,
  ``io``, ``warnings``, ``traceback``, ``this``, ``IPython.display``...), or the real module
  with some names replaced (``hashlib``, ``zlib``, ``locale``...);
* sandbox-side modules: Python source compiled and run *by the sandbox* in a fresh
  module namespace (see :mod:`.loader`), CPython's own (``textwrap``, ``pprint``, ``csv``)
  or ours (``unittest``, ``doctest``, ``timeit``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ..output import Output
from ..runtime import Runtime
from ..security.firewall import sandbox_api
from .current import LIBS
from .streams import Streams

#: module name -> "submodule:function" that builds its namespace for a session.
BUILDERS: dict[str, str] = {
    "sys": "sys:build",
    "io": "io:build",
    "types": "types:build",
    "warnings": "warnings:build",
    "traceback": "traceback:build",
    "this": "this:build",
    "textwrap": "cpython:build_textwrap",
    "pprint": "cpython:build_pprint",
    "shlex": "cpython:build_shlex",
    "calendar": "cpython:build_calendar",
    "fnmatch": "cpython:build_fnmatch",
    "csv": "csv:build",
    "contextlib": "redirect:build_contextlib",
    "hashlib": "hashing:build_hashlib",
    "secrets": "hashing:build_secrets",
    "zlib": "compression:build_zlib",
    "gzip": "compression:build_gzip",
    "struct": "compression:build_struct",
    "locale": "locale:build",
    "timeit": "timeit:build",
    "unittest": "unittest:build",
    "doctest": "doctest:build",
    "IPython": "display:build_ipython",
    "IPython.display": "display:build",
}

#: Modules the session builds without ever importing the host's module of that name
#: (importing the real IPython changes the host; the real ``this`` prints on import).
HOST_FREE: frozenset[str] = frozenset({"IPython", "IPython.display", "this"})




class Stdlib:
    """One session's sandbox-side standard library.

    ``call`` runs a host callable that may run sandbox code inside an execution of its
    own when none is in progress (the session's ``call``).  ``builtins`` and ``importer``
    are attached by the session once they exist.
    """

    def __init__(self, rt: Runtime, output: Output, namespace: dict[str, Any],
                 history: list[tuple[str, str]], call: Callable[..., Any]) -> None:
        self.rt = rt
        self.output = output
        self.namespace = namespace
        self.history = history
        self.call = call
        self.streams = Streams(rt)
        self.builtins: dict[str, Any] = {}
        self.importer: Any = None
        self.env: Any = None
        self.building: set[str] = set()
        self._parts: dict[str, Any] = {}
        LIBS[id(rt)] = self

    def attach(self, builtins: dict[str, Any], importer: Any, env: Any) -> None:
        self.builtins = builtins
        self.importer = importer
        self.env = env  # the session's compiler settings and firewall

    @property
    def display(self) -> Callable[..., Any]:
        """The builtin ``display`` (the same function as ``IPython.display.display``)."""
        from .display import display_functions

        return display_functions(self).display

    def builtins_extra(self) -> dict[str, Any]:
        """Builtins the session offers in its own version (``help``)."""
        from .help import make_help

        return {"help": make_help(self)}

    def provides(self, name: str) -> bool:
        return name in BUILDERS

    def provide(self, name: str) -> dict[str, Any] | None:
        """The namespace of module ``name`` for this session, or None if not ours."""
        spec = BUILDERS.get(name)
        if spec is None:
            return None
        if name in self.building:
            raise ImportError(f"cannot import '{name}' while it is being imported")
        modname, _, func = spec.partition(":")
        builder = getattr(importlib.import_module(f"{__name__}.{modname}"), func)
        self.building.add(name)
        try:
            return builder(self)
        finally:
            self.building.discard(name)

    def module(self, name: str) -> Any:
        """A module proxy of this session, as the sandbox's own code imports it."""
        return self.importer.load(name)

    def displayhook(self, value: Any) -> None:
        """``sys.displayhook`` of interactive-mode code run by the sandbox (doctest)."""
        if value is not None:
            self.streams.write_stdout(repr(value) + "\n")

    @property
    def main_namespace(self) -> Callable[[], dict[str, Any]]:
        """A function giving the session's namespace (``__main__`` for library code)."""
        namespace = self.namespace

        def main_namespace() -> dict[str, Any]:
            return namespace
        return sandbox_api(main_namespace)

    def stream_hooks(self) -> dict[str, Any]:
        """Plain functions over the session's streams for sandbox-side module source."""
        streams = self.streams

        def current(name: str) -> Any:
            return streams.current(name)

        def redirect(name: str, target: Any) -> None:
            streams.push(name, target)

        def unredirect(name: str, target: Any) -> None:
            streams.pop(name, target)

        def displayhook(value: Any) -> None:
            self.displayhook(value)

        hooks = {"_host_current": current, "_host_redirect": redirect,
                 "_host_unredirect": unredirect, "_host_displayhook": displayhook}
        for fn in hooks.values():
            sandbox_api(fn)
        return hooks

    def live_sys(self) -> Any:
        """``sys`` as the sandbox's own library modules see it (see ``sandboxed/livesys``)."""
        def make() -> Any:
            from .loader import own_source, run_module

            inject = {"_host_main_namespace": self.main_namespace,
                      "_host_sys": self.module("sys"), **self.stream_hooks()}
            return run_module(self, "livesys", own_source("livesys"), inject=inject)["sys"]
        return self.part("livesys", make)

    def host_warning(self, message: Any, category: Any, filename: str | None = None,
                     lineno: int | None = None) -> None:
        """A warning that host code raised while sandbox code ran (a ``DeprecationWarning``
        of an allowed module): through the session's filters, shown at the sandbox line."""
        from .warnings import session_warnings

        session_warnings(self).host_warning(message, category, filename, lineno)

    def part(self, key: str, make: Callable[[], Any]) -> Any:
        """Per-session state shared by several modules (made once, on first use)."""
        value = self._parts.get(key)
        if value is None:
            value = self._parts[key] = make()
        return value
