"""The sandbox's ``timeit``: CPython's ``timeit.py`` run by the sandbox, whose statement
strings are compiled by the sandbox's compiler (``compile``/``exec`` in its namespace are
the session's), timed under the cell's limits.  The host's garbage collector is left
alone (``gc`` there is a stand-in that reports it disabled)."""

from __future__ import annotations

import types
from typing import TYPE_CHECKING, Any

from ..security.firewall import sandbox_api
from .loader import Code, host_source, run_module

if TYPE_CHECKING:
    from . import Stdlib


@sandbox_api
class SandboxSource:
    """What the sandbox's ``compile`` gives ``timeit``: source checked, run by ``exec``."""

    __slots__ = ("source", "filename")

    def __init__(self, source: str, filename: str) -> None:
        self.source, self.filename = source, filename

    def __repr__(self) -> str:
        return f"<sandbox code {self.filename}>"


def build(lib: Stdlib) -> dict[str, Any]:
    def compile_(source: Any, filename: Any, mode: Any, *args: Any, **kwargs: Any) -> Any:
        if type(source) is not str or mode != "exec":
            raise TypeError("the sandbox's timeit compiles statement strings only")
        compile(source, str(filename), "exec", dont_inherit=True)  # the syntax check
        return SandboxSource(source, str(filename))

    def exec_(code: Any, global_ns: Any, local_ns: Any = None) -> None:
        """``exec(code, globals, locals)`` of a module-level template: names it binds go
        to ``locals``, ``globals`` (the user's namespace) is left as it was."""
        if type(code) is not SandboxSource or type(global_ns) is not dict:
            raise TypeError("exec() of a timeit template only")
        local_ns = {} if local_ns is None else local_ns
        missing = object()
        saved = {k: global_ns.get(k, missing) for k in local_ns}
        global_ns.update(local_ns)
        before = dict(global_ns)
        try:
            Code(lib, code.source, code.filename, global_ns)()
        finally:
            for k, v in list(global_ns.items()):
                if before.get(k, missing) is not v:
                    local_ns[k] = v
            for k in set(global_ns) - set(before):
                del global_ns[k]
            for k, v in before.items():
                global_ns[k] = v
            for k, old in saved.items():
                if old is missing:
                    global_ns.pop(k, None)
                else:
                    global_ns[k] = old

    gc = types.SimpleNamespace(isenabled=lambda: False, enable=lambda: None,
                               disable=lambda: None)
    inject = {"compile": compile_, "exec": exec_, "globals": dict}
    return run_module(lib, "timeit", host_source("timeit"), inject=inject,
                      extra_imports={"gc": lambda: gc})
