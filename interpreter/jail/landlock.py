"""Landlock through its three system calls (ctypes; no maintained PyPI binding covers
network rules and scopes).

``restrict(read, write)`` lets this process (and every child it forks later) read only
below the ``read`` paths and write only below the ``write`` paths.  What the running
kernel's Landlock ABI can also restrict is restricted too: TCP bind/connect (ABI 4),
signals and abstract unix sockets outside the domain (ABI 6).  On an older ABI the
newer rights are simply not handled, and ``restrict`` says which ones are missing.
"""

from __future__ import annotations

import ctypes
import os
import platform

_SYSCALLS = {"x86_64": (444, 445, 446), "aarch64": (444, 445, 446)}
_CREATE_RULESET_VERSION = 1
_RULE_PATH_BENEATH = 1

# filesystem rights, by the ABI that introduced them
FS_EXECUTE = 1 << 0
FS_WRITE_FILE = 1 << 1
FS_READ_FILE = 1 << 2
FS_READ_DIR = 1 << 3
FS_REMOVE_DIR = 1 << 4
FS_REMOVE_FILE = 1 << 5
FS_MAKE_CHAR = 1 << 6
FS_MAKE_DIR = 1 << 7
FS_MAKE_REG = 1 << 8
FS_MAKE_SOCK = 1 << 9
FS_MAKE_FIFO = 1 << 10
FS_MAKE_BLOCK = 1 << 11
FS_MAKE_SYM = 1 << 12
FS_REFER = 1 << 13  # ABI 2
FS_TRUNCATE = 1 << 14  # ABI 3
FS_IOCTL_DEV = 1 << 15  # ABI 5
_FS_BY_ABI = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 4: (1 << 15) - 1,
              5: (1 << 16) - 1}
NET_BIND_TCP = 1 << 0  # ABI 4
NET_CONNECT_TCP = 1 << 1
SCOPE_ABSTRACT_UNIX_SOCKET = 1 << 0  # ABI 6
SCOPE_SIGNAL = 1 << 1

READ = FS_READ_FILE | FS_READ_DIR
WRITE = (FS_READ_FILE | FS_READ_DIR | FS_WRITE_FILE | FS_REMOVE_DIR | FS_REMOVE_FILE |
         FS_MAKE_DIR | FS_MAKE_REG | FS_MAKE_SYM | FS_REFER | FS_TRUNCATE)


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64),
                ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long


def _numbers() -> tuple[int, int, int] | None:
    return _SYSCALLS.get(platform.machine())


def abi_version() -> int:
    """The running kernel's Landlock ABI (0: none, or disabled)."""
    numbers = _numbers()
    if os.uname().sysname != "Linux" or numbers is None:
        return 0
    version = _libc.syscall(numbers[0], None, ctypes.c_size_t(0),
                            ctypes.c_uint32(_CREATE_RULESET_VERSION))
    return max(0, int(version))


def _check(result: int, what: str) -> int:
    if result < 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{what}: {os.strerror(errno)}")
    return result


def restrict(read: list[str], write: list[str]) -> dict[str, str]:
    """Apply the ruleset to this process; returns what is handled and what is missing.

    Needs ``no_new_privs`` set first (``walls`` does that).  Raises OSError when the
    kernel has Landlock but refuses the ruleset; returns ``{"filesystem": "missing: ..."}``
    where the kernel has no Landlock at all."""
    abi = abi_version()
    if abi == 0:
        return {"filesystem": "missing: this kernel has no Landlock"}
    create, add_rule, restrict_self = _numbers()  # type: ignore[misc]
    fs = _FS_BY_ABI[min(abi, 5)]
    net = NET_BIND_TCP | NET_CONNECT_TCP if abi >= 4 else 0
    scoped = SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL if abi >= 6 else 0
    attr = _RulesetAttr(fs, net, scoped)
    size = ctypes.sizeof(_RulesetAttr) if abi >= 6 else (16 if abi >= 4 else 8)
    ruleset = _check(_libc.syscall(create, ctypes.byref(attr), ctypes.c_size_t(size),
                                   ctypes.c_uint32(0)), "landlock_create_ruleset")
    try:
        for paths, access in ((read, READ), (write, WRITE)):
            for path in paths:
                try:
                    fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
                except OSError:
                    continue  # a path that does not exist grants nothing
                try:
                    rights = access & fs
                    if not os.path.isdir(path):  # files take file rights only
                        rights &= FS_READ_FILE | FS_WRITE_FILE | FS_TRUNCATE | FS_EXECUTE
                    rule = _PathBeneathAttr(rights, fd)
                    _check(_libc.syscall(add_rule, ctypes.c_int(ruleset),
                                         ctypes.c_int(_RULE_PATH_BENEATH),
                                         ctypes.byref(rule), ctypes.c_uint32(0)),
                           f"landlock_add_rule({path})")
                finally:
                    os.close(fd)
        _check(_libc.syscall(restrict_self, ctypes.c_int(ruleset), ctypes.c_uint32(0)),
               "landlock_restrict_self")
    finally:
        os.close(ruleset)
    state = {"filesystem": f"on (Landlock ABI {abi})"}
    state["network"] = f"on (Landlock ABI {abi})" if net else \
        "missing: Landlock ABI < 4 (seccomp still refuses sockets)"
    state["signals"] = f"on (Landlock ABI {abi}: signals stay inside the worker's domain)" \
        if scoped else "missing: Landlock ABI < 6 (seccomp still refuses kill)"
    return state
