"""The seccomp-bpf filter of a worker, built with libseccomp (through ``pyseccomp``).

Allow by default, refuse with EPERM what a sandbox never needs and an escape would:
starting programs, new sockets and connections, debugging other processes, namespaces
and mounts, signals to other processes, kernel keyrings, BPF, io_uring (whose
operations seccomp cannot see) and the like.  ``clone`` is refused any namespace flag;
``clone3``, whose flags seccomp cannot read, answers ENOSYS so libc falls back to
``clone``.  Other architectures' system calls kill the process (libseccomp's default).
"""

from __future__ import annotations

import errno
import socket
from typing import Any

#: System calls refused outright.
DENIED = (
    "execve", "execveat",
    "socket", "connect", "bind", "listen", "accept", "accept4",
    "ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd",
    "kill", "tkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "pidfd_send_signal",
    "pidfd_open",
    "unshare", "setns", "mount", "umount2", "pivot_root", "chroot", "move_mount",
    "open_tree", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr",
    "keyctl", "add_key", "request_key", "bpf", "perf_event_open", "userfaultfd",
    "io_uring_setup", "io_uring_enter", "io_uring_register",
    "open_by_handle_at", "name_to_handle_at", "init_module", "finit_module",
    "delete_module", "kexec_load", "kexec_file_load", "reboot", "swapon", "swapoff",
    "acct", "quotactl", "syslog", "iopl", "ioperm", "personality", "uselib",
    "lookup_dcookie", "vhangup", "setuid", "setgid", "setreuid", "setregid",
    "setresuid", "setresgid", "setgroups", "setfsuid", "setfsgid", "settimeofday",
    "clock_settime", "clock_adjtime", "adjtimex", "mbind", "migrate_pages",
    "move_pages", "set_mempolicy",
)
#: clone() flags that make namespaces (CLONE_NEWNS ... CLONE_NEWNET, CLONE_NEWTIME).
NAMESPACE_FLAGS = (0x00020000, 0x02000000, 0x04000000, 0x08000000, 0x10000000,
                   0x20000000, 0x40000000, 0x00000080)
_TIOCSTI, _TIOCLINUX = 0x5412, 0x541C


def available() -> str | None:
    """None if a filter can be loaded here, else why not."""
    try:
        import pyseccomp  # noqa: F401
    except (ImportError, OSError, RuntimeError) as e:  # the binding or libseccomp is missing
        return f"missing: {type(e).__name__}: {e}"
    return None


def build() -> Any:
    import pyseccomp as sc

    deny = sc.ERRNO(errno.EPERM)
    f = sc.SyscallFilter(sc.ALLOW)
    f.set_attr(sc.Attr.CTL_NNP, 1)
    for name in DENIED:
        try:
            f.add_rule(deny, name)
        except (OSError, RuntimeError, ValueError):
            pass  # a system call this architecture does not have
    for flag in NAMESPACE_FLAGS:
        f.add_rule(deny, "clone", sc.Arg(0, sc.MASKED_EQ, flag, flag))
    f.add_rule(sc.ERRNO(errno.ENOSYS), "clone3")
    # socketpair(AF_UNIX) makes a private pipe (asyncio loops need one); nothing else
    f.add_rule(deny, "socketpair", sc.Arg(0, sc.NE, socket.AF_UNIX))
    for request in (_TIOCSTI, _TIOCLINUX):  # typing into a terminal we might hold
        f.add_rule(deny, "ioctl", sc.Arg(1, sc.MASKED_EQ, 0xFFFFFFFF, request))
    return f


def load(built: Any) -> str:
    """Load a filter made by ``build`` (before Landlock: libseccomp is found by reading
    the loader's cache) into this process and every child; a status string."""
    built.load()
    return "on (seccomp-bpf, libseccomp)"
