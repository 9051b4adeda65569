"""The process memory a locked-down worker measures, through a file the host opened.

A worker cannot open ``/proc`` (Landlock), and a forked checkpoint must measure
itself, not its parent, so the host opens ``/proc/<pid>/statm`` of each new live
worker and passes the descriptor along.  :class:`StatmPsutil` stands in for the
``psutil`` calls the runtime makes (``Process().memory_info().rss``).
"""

from __future__ import annotations

import os
from collections import namedtuple
from typing import Any

_PAGE = os.sysconf("SC_PAGE_SIZE")
_MemoryInfo = namedtuple("_MemoryInfo", "rss vms")


class _Error(Exception):
    """psutil.Error's stand-in: the statm file could not be read."""


class StatmProcess:
    def __init__(self, holder: StatmPsutil) -> None:
        self.holder = holder

    def memory_info(self) -> _MemoryInfo:
        fd = self.holder.fd
        if fd is None:
            raise _Error("no statm file")
        try:
            fields = os.pread(fd, 200, 0).split()
        except OSError as e:
            raise _Error(str(e)) from None
        return _MemoryInfo(int(fields[1]) * _PAGE, int(fields[0]) * _PAGE)


class StatmPsutil:
    """The part of the ``psutil`` module the runtime uses, over one statm descriptor."""

    Error = _Error

    def __init__(self, fd: int | None) -> None:
        self.fd = fd

    def Process(self, pid: Any = None) -> StatmProcess:  # noqa: N802 - psutil's name
        return StatmProcess(self)

    def replace(self, fd: int) -> None:
        old, self.fd = self.fd, fd
        if old is not None and old != fd:
            os.close(old)
