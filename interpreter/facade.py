"""What a host may do with a session: the facade both kinds of session implement.

The Jupyter kernel (and any other host) uses this and nothing else, so that the
in-process :class:`~interpreter.Session` and the jailed
:class:`~interpreter.JailedSession` are interchangeable behind it:

* ``await run_cell(source, name, result_bundle=False)`` runs a cell; with
  ``result_bundle`` the value's MIME bundle is built too, under the cell's limits
  (``CellResult.data``/``metadata``; a failing ``__repr__`` is the cell's error);
  ``history=N`` (the kernel's execution count) keeps the cell in IPython's ``In``/``_i``
  and a shown value in ``Out``/``_`` (``raw``: the text before IPython's transform);
  ``CellResult.payload`` holds the execute_reply payloads the cell asked for (an
  ``obj?`` page, ``exit``'s ask_exit);
* ``await complete(code, cursor_pos)`` and ``await inspect(code, cursor_pos,
  detail_level)`` answer Jupyter's ``complete_reply``/``inspect_reply`` content
  without running user code;
* ``interrupt()`` stops the running cell (safe from signal handlers);
* ``paused_clock()`` is a context manager for ``input()``: time spent waiting for the
  person does not count against the cell's timeout;
* ``await reset()`` gives a fresh session; ``close()`` ends it;
* ``deadline`` is when the running execution must end (monotonic), or None;
* ``walls`` says which OS-level walls hold the session (empty in-process);
* ``isolation`` is ``"inprocess"`` or ``"process"``.

Output goes to the ``on_event`` callback as ``(msg_type, content)`` Jupyter-shaped
events (see ``interpreter.output``); ``input_func(prompt)`` answers ``input()``.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Protocol, runtime_checkable

from .errors import SecurityError


class StdinNotImplementedError(SecurityError, NotImplementedError):
    """``input()`` where the host does not answer input requests: ipykernel's name (and,
    as there, a ``NotImplementedError``), so notebooks that catch it work alike."""


StdinNotAvailableError = StdinNotImplementedError
"""The former name, kept for callers of the API."""


@runtime_checkable
class SessionFacade(Protocol):
    """The session-facing API (see the module docstring)."""

    isolation: str

    async def run_cell(self, source: str, name: str = "<string>", *,
                       result_bundle: bool = False, history: int | None = None,
                       raw: str | None = None) -> Any: ...

    async def complete(self, code: str, cursor_pos: int) -> dict[str, Any]: ...

    async def inspect(self, code: str, cursor_pos: int,
                      detail_level: int = 0) -> dict[str, Any]: ...

    def interrupt(self) -> None: ...

    def paused_clock(self) -> AbstractContextManager[None]: ...

    async def reset(self) -> None: ...

    def close(self) -> None: ...

    @property
    def deadline(self) -> float | None: ...

    @property
    def walls(self) -> dict[str, str]: ...

