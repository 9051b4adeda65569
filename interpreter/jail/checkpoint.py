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
"""

from __future__ import annotations

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


def take(worker: Worker, channel_fd: int, extra_fds: list[int]) -> bool:
    """Fork a checkpoint.  False in the live worker; True in a checkpoint that the host
    activated (its state is the one before the cell)."""
    protocol.close_fds(extra_fds)
    reap()
    start = time.perf_counter()
    try:
        pid = os.fork()
    except OSError as e:  # out of processes or memory: the cell runs without a net
        os.close(channel_fd)
        worker.send({"op": "checkpoint", "pid": None, "error": str(e)})
        return False
    if pid:
        seconds = time.perf_counter() - start  # the cost on the cell's path: the fork
        os.close(channel_fd)
        worker.send({"op": "checkpoint", "pid": pid, "error": None, "seconds": seconds})
        return False
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
