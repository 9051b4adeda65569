"""What a session sends out while a cell runs: streams, rich displays, clears.

Every event is a Jupyter iopub message in miniature, ``(msg_type, content)`` with
JSON-able content of the same shape as the Jupyter messaging protocol's:

* ``("stream", {"name": "stdout" | "stderr", "text": str})``
* ``("display_data", {"data": {...}, "metadata": {...}, "transient": {...}})``
* ``("update_display_data", same as display_data, transient has a display_id)``
* ``("clear_output", {"wait": bool})``

so that the in-process kernel publishes them as they are and a jailed worker sends
them over its pipe unchanged.  Sandbox objects never leave through here: a display's
MIME bundle is built inside the sandbox first (``richrepr``) and is plain JSON data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

EventSink = Callable[[str, dict[str, Any]], None]


class Output:
    """The session's outgoing channel; ``on_event`` receives every event."""

    def __init__(self, on_event: EventSink | None = None) -> None:
        self.on_event = on_event

    def emit(self, msg_type: str, content: dict[str, Any]) -> None:
        if self.on_event is not None:
            self.on_event(msg_type, content)

    def stream(self, name: str, text: str) -> None:
        self.emit("stream", {"name": name, "text": text})

    def display(self, data: dict[str, Any], metadata: dict[str, Any] | None = None, *,
                display_id: str | None = None, update: bool = False) -> None:
        transient = {} if display_id is None else {"display_id": display_id}
        self.emit("update_display_data" if update else "display_data",
                  {"data": data, "metadata": metadata or {}, "transient": transient})

    def clear_output(self, wait: bool = False) -> None:
        self.emit("clear_output", {"wait": bool(wait)})


def is_script_mime(mime: str) -> bool:
    """MIME types whose data a frontend runs as code (``application/javascript``...)."""
    return "javascript" in mime.lower() or mime.lower() == "text/ecmascript"
