"""The sandbox's ``unittest``: CPython's own ``unittest`` modules run by the sandbox.

``case``, ``result``, ``suite``, ``loader``, ``runner`` and ``util`` are CPython's source,
so assertion messages, failure blocks and the runner's summary are CPython's.  What
they would do outside the sandbox is replaced by sandbox-side modules: ``main`` finds
the tests in the session's namespace (no ``sys.modules``, no ``__import__``), ``signals``
installs no signal handler, tracebacks are the sandbox's (no frames are walked), and
``buffer=True`` redirects the sandbox's streams instead of the host's ``sys.stdout``.
"""

from __future__ import annotations

import os.path
import types
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..security.firewall import sandbox_api
from .loader import SubModule, host_source, own_source, run_module

if TYPE_CHECKING:
    from . import Stdlib

_CPYTHON = ("util", "result", "case", "suite", "loader", "runner")
_OURS = ("signals", "main", "async_case")


@sandbox_api
def _commonprefix(m: Any) -> str:
    """os.path.commonprefix: the longest common leading part of a list of strings."""
    return os.path.commonprefix(m)


def build(lib: Stdlib) -> dict[str, Any]:
    built: dict[str, SubModule] = {}
    extra: dict[str, Callable[[], Any]] = {
        "os.path": lambda: types.SimpleNamespace(commonprefix=_commonprefix),
        "sys": lib.live_sys,
    }

    hooks = lib.stream_hooks()
    inject = {"_host_redirect": hooks["_host_redirect"],
              "_host_unredirect": hooks["_host_unredirect"],
              "_host_main_namespace": lib.main_namespace}

    def submodule(short: str) -> Callable[[], SubModule]:
        def make() -> SubModule:
            mod = built.get(short)
            if mod is None:
                full = f"unittest.{short}"
                if short in _CPYTHON:
                    source = host_source(full)
                    if short == "result":
                        source += "\n\n" + own_source("unittest.result")
                else:
                    source = own_source(full)
                namespace = run_module(lib, full, source, inject=inject,
                                       extra_imports=extra, package="unittest")
                mod = built[short] = SubModule(full, namespace)
            return mod
        return make

    for short in _CPYTHON + _OURS:
        extra[f"unittest.{short}"] = submodule(short)
    return run_module(lib, "unittest", own_source("unittest"), inject=inject,
                      extra_imports=extra, package="unittest")
