"""The sandbox's ``doctest``: CPython's ``doctest.py`` run by the sandbox.

Examples are compiled by the sandbox's compiler in ``'single'`` mode (expression values
shown through the display hook) and run in the test's globals, never by the host's
``exec``; ``testmod()`` tests the session's namespace (``__main__``).  doctest's imports
of ``inspect``, ``pdb``, ``linecache`` and ``os`` are stand-ins that read no frames,
code objects or files (``doctest_support``), and its ``sys.stdout`` swap redirects the
sandbox's stdout.  Report formats are CPython's; a failure's file is ``__main__`` with
the line in the cell where the function was defined, as in IPython.
"""

from __future__ import annotations

import ast
import types
from typing import TYPE_CHECKING, Any

from ..security.guard import is_user_object
from .loader import Code, SubModule, host_source, own_source, run_module
from .timeit import SandboxSource

if TYPE_CHECKING:
    from . import Stdlib


def _docstring_line(lib: Stdlib, obj: Any) -> int | None:
    """The 0-based line of ``obj``'s docstring in the cell that defined it."""
    if not is_user_object(obj):
        return None
    name = getattr(obj, "__name__", None)
    doc = getattr(obj, "__doc__", None)
    if not isinstance(name, str) or not isinstance(doc, str):
        return None
    kinds = (ast.ClassDef,) if isinstance(obj, type) else (ast.FunctionDef,
                                                            ast.AsyncFunctionDef)
    cache = lib.part("doctest.trees", dict)
    for _cell, source in reversed(lib.history):
        tree = cache.get(source)
        if tree is None:
            try:
                tree = cache[source] = ast.parse(source)
            except SyntaxError:
                continue
        for node in ast.walk(tree):
            if isinstance(node, kinds) and node.name == name and \
                    ast.get_docstring(node, clean=False) == doc:
                return node.body[0].lineno - 1
    return None


def build(lib: Stdlib) -> dict[str, Any]:
    from ..security.modules import ModuleProxy

    hook_builtins = dict(lib.builtins,
                         __pbx_displayhook__=lib.stream_hooks()["_host_displayhook"])

    def compile_(source: Any, filename: Any, mode: Any, flags: Any = 0,
                 dont_inherit: Any = False, *args: Any) -> SandboxSource:
        if type(source) is not str or mode != "single":
            raise TypeError("the sandbox's doctest compiles examples only")
        return _SingleSource(source, str(filename))

    def exec_(code: Any, globs: Any, local_ns: Any = None) -> None:
        if type(code) is not _SingleSource or type(globs) is not dict:
            raise TypeError("exec() of a doctest example only")
        Code(lib, code.source, code.filename, globs, mode="single",
             builtins=hook_builtins)()

    host_types = {n: getattr(types, n) for n in ("FunctionType", "MethodType",
                                                 "BuiltinFunctionType", "MethodWrapperType")}
    host_types["ModuleProxy"] = ModuleProxy
    live_sys = lib.live_sys()
    support_inject = {"_host_sys": live_sys, "_host_types": host_types}
    support = SubModule("doctest_support", run_module(
        lib, "doctest_support", own_source("doctest_support"), inject=support_inject))
    stand_ins = {name: getattr(support, attr) for name, attr in (
        ("inspect", "inspect"), ("linecache", "linecache"), ("pdb", "pdb"),
        ("builtins", "builtins"), ("__future__", "future"), ("os", "os"))}
    extra = {name: (lambda value=value: value) for name, value in stand_ins.items()}
    extra["sys"] = lambda: live_sys
    inject = {"compile": compile_, "exec": exec_,
              "_host_docstring_line": lambda obj: _docstring_line(lib, obj)}
    source = host_source("doctest") + "\n\n" + own_source("doctest_patch")
    return run_module(lib, "doctest", source, inject=inject, extra_imports=extra)


class _SingleSource(SandboxSource):
    """A doctest example compiled by the sandbox's ``compile(..., 'single')``."""

    __slots__ = ()
