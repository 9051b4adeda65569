"""Resource limits of a worker: address space, file size, processes, open files, cores.

The address-space limit is the session's memory limit counted for the whole session:
what the worker's address space holds once it is ready (its baseline) plus
``max_memory_mb``.  One C-level allocation past it fails (``MemoryError``), or the
worker dies and the kernel restores the checkpoint: either way the host is untouched.
"""

from __future__ import annotations

import os
import resource

#: Bytes one file written to the scratch directory may have.
MAX_FILE_SIZE = 256 * 1024 * 1024
#: Open files: the channel, the event loop's, checkpoints' and some for user code.
MAX_OPEN_FILES = 256
#: Processes of this user on top of those running when the worker locks down.
PROCESS_MARGIN = 32
#: The stack a worker starts with (set by the host before exec): deep sandbox
#: recursion and C recursion under it never reach the end of the C stack.
WORKER_STACK = 1024 * 1024 * 1024


def address_space(statm_fd: int | None = None) -> int:
    """Bytes of address space this process has mapped now (VmSize).

    A locked-down worker cannot open ``/proc``: it reads the ``statm`` file the host
    opened for it (``statm_fd``)."""
    if statm_fd is not None:
        return int(os.pread(statm_fd, 200, 0).split()[0]) * os.sysconf("SC_PAGE_SIZE")
    with open("/proc/self/statm", "rb") as f:
        return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _lower(which: int, value: int) -> int:
    soft, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(which, (value, value))
    return value


def _user_processes() -> int:
    uid = os.getuid()
    count = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    count += 1
            except OSError:
                continue
    return count


def apply_process_limits() -> dict[str, str]:
    """File size, open files, processes and core dumps (inherited by every worker)."""
    _lower(resource.RLIMIT_FSIZE, MAX_FILE_SIZE)
    _lower(resource.RLIMIT_NOFILE, MAX_OPEN_FILES)
    _lower(resource.RLIMIT_CORE, 0)
    nproc = _lower(resource.RLIMIT_NPROC, _user_processes() + PROCESS_MARGIN)
    return {
        "files": f"on ({MAX_FILE_SIZE // (1024 * 1024)} MB per file, {MAX_OPEN_FILES} open)",
        "processes": f"on ({nproc} for this user" + (
            ", not enforced for root)" if os.getuid() == 0 else ")"),
        "core_dumps": "on (off)",
    }


def limit_address_space(max_memory_mb: int | None, headroom_mb: int,
                        statm_fd: int | None = None) -> str:
    """The session's memory limit as the address-space limit, on top of the baseline."""
    if max_memory_mb is None:
        return "missing: no memory limit configured"
    limit = address_space(statm_fd) + (max_memory_mb + headroom_mb) * 1024 * 1024
    limit = _lower(resource.RLIMIT_AS, limit)
    return f"on ({limit // (1024 * 1024)} MB of address space)"
