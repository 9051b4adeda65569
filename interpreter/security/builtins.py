"""The sandbox's curated builtins.

Deny by default: the real builtins minus everything that reaches files, code
evaluation, imports or the interactive help; guarded versions of the functions
that look attributes up by name; the session's own ``print`` and ``input``.
Removed names raise a clear ``SecurityError`` instead of a bare ``NameError``.
"""

from __future__ import annotations

import builtins
import inspect
from collections.abc import Callable
from typing import Any

from ..errors import SecurityError
from ..runtime import Runtime
from .firewall import sandbox_api
from .guard import (
    guarded_delattr,
    guarded_dir,
    guarded_getattr,
    guarded_hasattr,
    guarded_setattr,
    guarded_vars,
    is_user_object,
)
from .iterators import make_iterators
from .limits import check_active_format_spec
from .nesting import BUILTIN_WRAPPERS, safe_hash

FORBIDDEN_BUILTINS = (
    "open", "eval", "exec", "compile", "__import__", "breakpoint", "help", "exit", "quit",
)
_DROPPED = {"copyright", "credits", "license", "__build_class__", "__loader__", "__spec__",
            "__name__", "__doc__", "__package__", "globals", "locals", "vars", "dir", "input",
            "print", "getattr", "setattr", "delattr", "hasattr", "format"}


@sandbox_api
class Forbidden:
    """Stands in for a builtin the sandbox does not offer, with a clear message."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise SecurityError(f"{self._name} is not allowed in the sandbox")

    def __repr__(self) -> str:
        return f"<forbidden builtin {self._name}>"


def make_builtins(write: Callable[[str], None], namespace: dict[str, Any],
                  input_func: Callable[[str], str] | None,
                  display_func: Callable[..., None] | None, *,
                  rt: Runtime | None = None, extra: dict[str, Any] | None = None,
                  redirects: list[Any] | None = None) -> dict[str, Any]:
    """A fresh builtins dict for one session; ``extra`` holds the session's own versions
    of builtins the host's cannot be (``help`` through the sandbox's stdout);
    ``redirects`` is the stack of targets ``contextlib.redirect_stdout`` pushes, which
    ``print()`` writes to instead of the session's stdout while it is not empty."""
    b: dict[str, Any] = {k: v for k, v in vars(builtins).items()
                         if k not in _DROPPED and k not in FORBIDDEN_BUILTINS}
    for name in FORBIDDEN_BUILTINS:
        b[name] = Forbidden(name)
    b.update(BUILTIN_WRAPPERS)  # nesting-bounded map, zip, filter, enumerate, classmethod

    def print_(*args: Any, sep: str | None = " ", end: str | None = "\n", file: Any = None,
               flush: bool = False) -> None:
        if sep is None:
            sep = " "
        if end is None:
            end = "\n"
        if not isinstance(sep, str):
            raise TypeError(f"sep must be None or a string, not {type(sep).__name__}")
        if not isinstance(end, str):
            raise TypeError(f"end must be None or a string, not {type(end).__name__}")
        if file is None and redirects:
            file = redirects[-1]
        if file is not None:
            # a file object: one write per piece, as CPython's print makes them
            for i, a in enumerate(args):
                if i:
                    file.write(sep)
                file.write(str(a))
            file.write(end)
            if flush:
                file.flush()
            return
        parts = [str(a) for a in args]
        if rt is not None:
            # Joined only as far as the output limit lets it through: no 1 GB copy.
            pieces: list[str] = []
            for i, p in enumerate(parts):
                if i:
                    pieces.append(sep)
                pieces.append(p)
            pieces.append(end)
            rt.write_parts(pieces)
            return
        write(sep.join(parts) + end)

    def input_(prompt: Any = "") -> str:
        if input_func is None:
            raise SecurityError("input() is not available: this session has no input channel")
        return input_func(str(prompt))

    def format_(value: Any, format_spec: str = "") -> str:
        check_active_format_spec(format_spec)
        return builtins.format(value, format_spec)

    callable_iterator = make_iterators(rt)["callable_iterator"] if rt is not None else None
    real_iter = builtins.iter

    def iter_(obj: Any, *sentinel: Any) -> Any:
        if not sentinel or callable_iterator is None:
            return real_iter(obj, *sentinel)
        if len(sentinel) > 1:
            raise TypeError(f"iter expected at most 2 arguments, got {1 + len(sentinel)}")
        if not callable(obj):
            raise TypeError("iter(v, w): v must be callable")
        if is_user_object(obj):
            return real_iter(obj, sentinel[0])  # its own calls count
        return callable_iterator(obj, sentinel[0])  # a host callable: counted here

    def globals_() -> dict[str, Any]:
        return namespace

    def locals_() -> dict[str, Any]:
        return namespace

    def vars_(*args: Any) -> Any:
        if not args:
            return namespace
        if len(args) > 1:
            raise TypeError(f"vars expected at most 1 argument, got {len(args)}")
        return guarded_vars(args[0])

    def dir_(*args: Any) -> list[str]:
        if not args:
            return sorted(namespace)
        if len(args) > 1:
            raise TypeError(f"dir expected at most 1 argument, got {len(args)}")
        return guarded_dir(args[0])

    for fn, name in ((print_, "print"), (format_, "format"),
                     (input_, "input"), (globals_, "globals"), (locals_, "locals"),
                     (vars_, "vars"), (dir_, "dir"), (iter_, "iter"),
                     (guarded_getattr, "getattr"), (guarded_setattr, "setattr"),
                     (guarded_delattr, "delattr"), (guarded_hasattr, "hasattr"),
                     (safe_hash, "hash")):
        b[name] = builtin_function(fn, name, getattr(builtins, name, fn).__doc__)
    if display_func is not None:  # the session's IPython.display.display itself
        b["display"] = display_func
    b.update(extra or {})
    return b


@sandbox_api
class SandboxBuiltin:
    """A builtin the session provides itself (``print``, ``getattr``...), shown and named
    as CPython's (``<built-in function print>``).  Each has its own subclass whose
    ``__call__`` is the function, so a call costs no extra host frame."""

    __slots__ = ()
    __module__ = "builtins"
    __name__: str

    def __getattr__(self, name: str) -> Any:
        if name == "__qualname__":  # a class body cannot define it for instances
            return self.__name__
        raise AttributeError(f"'builtin_function_or_method' object has no attribute '{name}'")

    @property
    def __signature__(self) -> inspect.Signature:
        return inspect.signature(type(self).__call__)

    def __repr__(self) -> str:
        return f"<built-in function {self.__name__}>"

    def __reduce__(self) -> str:
        return self.__name__


def builtin_function(fn: Callable[..., Any], name: str, doc: str | None) -> SandboxBuiltin:
    cls = type("builtin_function_or_method", (SandboxBuiltin,),
               {"__slots__": (), "__call__": staticmethod(fn), "__name__": name,
                "__doc__": doc, "__module__": "builtins"})
    sandbox_api(cls)
    return cls()
