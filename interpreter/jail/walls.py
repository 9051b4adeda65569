"""Lock a worker down: no_new_privs, Landlock, seccomp-bpf and resource limits.

``lock_down`` runs once, in the template process, after every import the sandbox needs;
every worker and checkpoint forked from it inherits the walls (none can be lifted).
Each wall reports ``"on (...)"`` or ``"missing: why"``: a host without one (an old
Linux, macOS) still runs the worker and says plainly which walls it lacks.
"""

from __future__ import annotations

import ctypes
import os
import site
import sys
import sysconfig
from pathlib import Path

from . import landlock, rlimits, seccomp

PR_SET_NO_NEW_PRIVS = 38
PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
#: System directories a worker may read: shared libraries loaded late, time zones.
SYSTEM_READ = ("/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/share/zoneinfo",
               "/etc/localtime")

_libc = ctypes.CDLL(None, use_errno=True)


def prctl(option: int, value: int) -> None:
    if _libc.prctl(option, ctypes.c_ulong(value), 0, 0, 0) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, os.strerror(errno))


def read_paths(extra: list[str] | tuple[str, ...] = ()) -> list[str]:
    """What a worker may read: the Python installation, its site-packages, the
    directories of the packages it loaded from other ``sys.path`` entries, and ``extra``
    (configured data directories)."""
    paths: set[str] = set()
    for scheme_path in ("stdlib", "platstdlib", "purelib", "platlib"):
        for base in {sys.prefix, sys.base_prefix, sys.exec_prefix}:
            found = sysconfig.get_path(scheme_path, vars={"base": base, "platbase": base})
            if found:
                paths.add(found)
    for found in site.getsitepackages() + [site.getusersitepackages()]:
        paths.add(found)
    roots = [Path(p).resolve() for p in paths if os.path.isdir(p)]
    for module in list(sys.modules.values()):
        origin = getattr(module, "__file__", None)
        if not origin:
            continue
        origin_path = Path(origin).resolve()
        if any(origin_path.is_relative_to(root) for root in roots):
            continue
        # a package from another sys.path entry (the checkout on PYTHONPATH): only its
        # own top-level directory, not the entry's other contents
        for entry in sys.path:
            if not entry:
                continue
            entry_path = Path(entry).resolve()
            if origin_path.is_relative_to(entry_path) and origin_path != entry_path:
                top = entry_path / origin_path.relative_to(entry_path).parts[0]
                paths.add(str(top))
                break
    paths.update(p for p in SYSTEM_READ if os.path.exists(p))
    paths.update(str(Path(p).resolve()) for p in extra)
    return sorted(p for p in paths if os.path.exists(p))


def lock_down(scratch: str, extra_read: list[str] | tuple[str, ...] = ()) -> dict[str, str]:
    """Raise every wall this host has around the current process; what each one says."""
    walls: dict[str, str] = {}
    if sys.platform != "linux":
        missing = f"missing: {sys.platform} is not Linux"
        walls.update({"no_new_privs": missing, "filesystem": missing, "network": missing,
                      "signals": missing, "seccomp": missing})
        walls.update(rlimits.apply_process_limits())
        return walls
    walls.update(rlimits.apply_process_limits())  # counts processes in /proc: first
    missing_seccomp = seccomp.available()
    built = seccomp.build() if missing_seccomp is None else None
    prctl(PR_SET_NO_NEW_PRIVS, 1)
    walls["no_new_privs"] = "on"
    try:
        walls.update(landlock.restrict(read_paths(extra_read), [scratch]))
    except OSError as e:
        walls["filesystem"] = f"missing: Landlock refused the ruleset ({e})"
    try:
        walls["seccomp"] = seccomp.load(built) if built is not None else str(missing_seccomp)
    except OSError as e:
        walls["seccomp"] = f"missing: the filter did not load ({e})"
    return walls


def missing(walls: dict[str, str]) -> list[str]:
    """Names of the walls that are not up."""
    return sorted(name for name, state in walls.items() if state.startswith("missing"))
