"""Copy-on-write checkpoints: a frozen fork of the worker, taken before each cell.

``take`` forks.  The parent (the live worker) goes on to run the cell.  The child
closes the live channel and waits on its own channel, which the host handed over with
the ``run`` request:

* the host closes that channel when the cell has finished: the checkpoint exits (the
  worker reaps it);
* the host sends ``activate`` when the worker died: the checkpoint returns True from
  ``take`` and becomes the live worker, with the session exactly as it was before the
  cell (it says ``started``, gets its own ``/proc/<pid>/statm`` with ``init``, and
  says ``restored``);
* the host dies: the channel ends, and so does the checkpoint.

What a fork does not carry over is rebuilt on activation (``Worker.become_live``):
threads (the memory watcher starts again with the next cell), the event loop's
self-pipe (shared with the dead worker); the loop uses ``poll``, which keeps no kernel
state, so its registrations need no repair.  Signal handlers are the worker's
between-cell ones, as at the fork; interval timers do not survive a fork.

When the worker is quiet after a cell (no task, no timer: nothing can change the
session before the next request), it forks the next cell's checkpoint right away
(``prepare``) on a second channel the host sent with the cell, and the next cell starts
without waiting for a fork (``use_prepared``).
"""

from __future__ import annotations

import asyncio
import os
import socket
import time
from typing import TYPE_CHECKING

from . import protocol

if TYPE_CHECKING:
    from .worker import Worker


def reap() -> None:
    """Collect checkpoints that have exited (they are this worker's children)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def quiet(worker: Worker) -> bool:
    """Nothing can change the session until the next request: no task but the one
    asking, no callback due, no timer.  A checkpoint forked now holds the state the next
    cell will start from."""
    loop = worker.loop
    current = asyncio.current_task(loop)
    others = [t for t in asyncio.all_tasks(loop) if t is not current]
    return not others and not loop._ready and not loop._scheduled  # type: ignore[attr-defined]


def take(worker: Worker, channel_fd: int, extra_fds: list[int]) -> bool:
    """Fork a checkpoint now, before the cell.  False in the live worker; True in a
    checkpoint that the host activated (its state is the one before the cell)."""
    protocol.close_fds(extra_fds)
    reap()
    start = time.perf_counter()
    pid = _fork(worker, channel_fd)
    if pid is True:
        return True
    seconds = time.perf_counter() - start  # the cost on the cell's path: the fork
    error = None if pid else "no checkpoint: fork failed"
    worker.send({"op": "checkpoint", "pid": pid or None, "error": error, "seconds": seconds,
                 "prepared": False})
    return False


def prepare(worker: Worker, channel_fd: int) -> bool:
    """After a cell, if the worker is quiet: fork the next cell's checkpoint while the
    person reads the output, so that the next cell does not wait for the fork.  The
    worker keeps its pid in ``worker.prepared``; True in an activated checkpoint."""
    if not quiet(worker):
        os.close(channel_fd)
        return False
    reap()
    start = time.perf_counter()
    pid = _fork(worker, channel_fd)
    if pid is True:
        return True
    worker.prepared = pid or None
    worker.prepared_seconds = time.perf_counter() - start
    return False


def use_prepared(worker: Worker, channel_fd: int) -> bool:
    """At a cell's start: the checkpoint prepared after the last cell still holds this
    state (nothing ran since); say so instead of forking.  False if there is none."""
    pid, worker.prepared = worker.prepared, None
    if pid is None or not quiet(worker):
        return False
    os.close(channel_fd)
    worker.send({"op": "checkpoint", "pid": pid, "error": None,
                 "seconds": worker.prepared_seconds, "prepared": True})
    return True


def _fork(worker: Worker, channel_fd: int) -> int | bool:
    """The pid in the worker (0 if fork failed); True in an activated checkpoint."""
    worker.output.flush()  # the checkpoint must not hold output already sent
    try:
        pid = os.fork()
    except OSError:  # out of processes or memory: the cell runs without a net
        os.close(channel_fd)
        return 0
    if pid:
        os.close(channel_fd)
        return pid
    # the checkpoint: let go of the live channel without touching the worker's stream
    worker.loop.remove_reader(worker.sock.fileno())
    os.close(worker.sock.detach())
    channel = socket.socket(fileno=channel_fd)
    fds: list[int] = []
    try:
        message = protocol.recv(channel, fds)
    except (protocol.ProtocolError, OSError):
        os._exit(0)
    protocol.close_fds(fds)
    if message is None or message["op"] != "activate":
        os._exit(0)  # dropped: the cell finished (or the host went away)
    worker.become_live(channel)
    return True
