"""Printed output as ``stream`` messages, batched, sent while the cell runs.

ipykernel's ``OutStream`` buffers writes and flushes them from the IOPub thread
every ``flush_interval`` seconds, so output arrives even while the main thread is
busy in a CPU-bound loop, in order, without one message per ``print``.
"""

from __future__ import annotations

from typing import Any

from ipykernel.iostream import OutStream

FLUSH_INTERVAL = 0.05


class CellStreams:
    """stdout and stderr of the cells of one kernel."""

    def __init__(self, session: Any, iopub_thread: Any) -> None:
        self.stdout = OutStream(session, iopub_thread, "stdout", watchfd=False)
        self.stderr = OutStream(session, iopub_thread, "stderr", watchfd=False)
        for stream in (self.stdout, self.stderr):
            stream.flush_interval = FLUSH_INTERVAL

    def set_parent(self, parent: dict[str, Any]) -> None:
        self.stdout.set_parent(parent)
        self.stderr.set_parent(parent)

    def write(self, name: str, text: str) -> None:
        (self.stderr if name == "stderr" else self.stdout).write(text)

    def flush(self) -> None:
        self.stdout.flush()
        self.stderr.flush()
