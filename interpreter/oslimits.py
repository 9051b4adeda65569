"""Optional OS-level restrictions for the process that hosts the sandbox (Linux).

A second wall behind the interpreter: even code that escaped could not grow the
address space past a cap, write large files, or start processes.  Applied once,
for the whole process; used by the kernel when ``os_restrictions`` is on.
"""

from __future__ import annotations

import resource

#: Address space on top of the memory limit: the interpreter, zmq, threads' stacks.
ADDRESS_SPACE_HEADROOM_MB = 2048
MAX_FILE_SIZE_BYTES = 64 * 1024 * 1024


def apply_os_restrictions(max_memory_mb: int | None) -> dict[str, tuple[int, int]]:
    """Lower this process's rlimits; returns what was set (name → (soft, hard))."""
    applied: dict[str, tuple[int, int]] = {}

    def lower(name: str, which: int, value: int) -> None:
        soft, hard = resource.getrlimit(which)
        new_hard = value if hard == resource.RLIM_INFINITY else min(hard, value)
        new_soft = min(value, new_hard)
        resource.setrlimit(which, (new_soft, new_hard))
        applied[name] = (new_soft, new_hard)

    if max_memory_mb is not None:
        lower("RLIMIT_AS", resource.RLIMIT_AS,
              (max_memory_mb + ADDRESS_SPACE_HEADROOM_MB) * 1024 * 1024)
    lower("RLIMIT_FSIZE", resource.RLIMIT_FSIZE, MAX_FILE_SIZE_BYTES)
    lower("RLIMIT_NPROC", resource.RLIMIT_NPROC, 0)
    lower("RLIMIT_CORE", resource.RLIMIT_CORE, 0)
    return applied
