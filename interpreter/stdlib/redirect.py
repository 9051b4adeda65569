"""``contextlib.redirect_stdout``/``redirect_stderr`` that redirect the sandbox's streams
(the host's versions would swap the host's ``sys.stdout`` for the whole process)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from ..security.firewall import sandbox_api

if TYPE_CHECKING:
    from . import Stdlib


@sandbox_api
class _Redirect(contextlib.AbstractContextManager):  # type: ignore[type-arg]
    _stream = "stdout"

    def __init__(self, new_target: Any) -> None:
        from .current import running

        self._streams = running().streams
        self._new_target = new_target
        self._old_targets: list[Any] = []

    def __enter__(self) -> Any:
        self._old_targets.append(self._new_target)
        self._streams.push(self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype: Any, excinst: Any, exctb: Any) -> None:
        self._streams.pop(self._stream, self._old_targets.pop())


@sandbox_api
class redirect_stdout(_Redirect):
    """Context manager for temporarily redirecting stdout to another file."""

    _stream = "stdout"


@sandbox_api
class redirect_stderr(_Redirect):
    """Context manager for temporarily redirecting stderr to another file."""

    _stream = "stderr"


for _cls in (_Redirect, redirect_stdout, redirect_stderr):
    _cls.__module__ = "contextlib"


def build_contextlib(lib: Stdlib) -> dict[str, Any]:
    values = {n: getattr(contextlib, n) for n in dir(contextlib) if not n.startswith("_")}
    values.update(redirect_stdout=redirect_stdout, redirect_stderr=redirect_stderr)
    return values
