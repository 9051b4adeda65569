"""Printed output leaves the worker in batches, as ipykernel's OutStream sends it.

A print is appended to a buffer; the buffer goes out as one ``stream`` event per run of
the same stream name when it holds 64 KB, when another event, a result or a request to
the host has to follow it, or at the latest ``INTERVAL`` seconds after its first text
(a small thread sees to that while the main thread is busy in a loop or in C code).
So a cell printing a million short lines sends a few hundred frames, and the host can
treat a worker that sends thousands of frames a second as hostile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

INTERVAL = 0.02
MAX_BUFFER = 64 * 1024


class StreamBatcher:
    def __init__(self, send: Callable[[dict[str, Any]], None]) -> None:
        self.send = send
        self.lock = threading.Lock()
        self.parts: list[tuple[str, str]] = []
        self.size = 0
        self.wake = threading.Event()
        self.thread: threading.Thread | None = None

    def write(self, name: str, text: str) -> None:
        with self.lock:
            first = not self.parts
            self.parts.append((name, text))
            self.size += len(text)
            full = self.size >= MAX_BUFFER
        if full:
            self.flush()
        elif first:
            self._start()
            self.wake.set()

    def flush(self) -> None:
        """Send what is buffered, in order, one event per run of one stream."""
        with self.lock:
            parts, self.parts, self.size = self.parts, [], 0
            if not parts:
                return
            runs: list[list[str]] = []
            names: list[str] = []
            for name, text in parts:
                if names and names[-1] == name:
                    runs[-1].append(text)
                else:
                    names.append(name)
                    runs.append([text])
            for name, texts in zip(names, runs, strict=True):
                self.send({"op": "event", "msg_type": "stream",
                           "content": {"name": name, "text": "".join(texts)}})

    def after_fork(self) -> None:
        """In a checkpoint that became the live worker: the thread did not survive the
        fork, and the lock may have been held by it."""
        self.lock = threading.Lock()
        self.parts, self.size = [], 0
        self.wake = threading.Event()
        self.thread = None

    def _start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._run, name="pythonbox-output",
                                           daemon=True)
            self.thread.start()

    def _run(self) -> None:
        while True:
            self.wake.wait()
            self.wake.clear()
            threading.Event().wait(INTERVAL)
            try:
                self.flush()
            except OSError:
                return  # the channel is gone: the worker is ending
