"""The template: a fresh interpreter that imports what the sandbox offers, locks itself
down, and then forks a new worker for each ``spawn`` request in milliseconds.

``python -m interpreter.jail.template --fd N --host-pid P --scratch DIR [--read DIR]...``
is started by the host (never a fork of the threaded host).  Without ``--scratch`` it
imports first and then waits for a ``configure`` message: a kernel starts it before
its own imports so that both start up at the same time.  It stays single-threaded,
so its forks are clean.  A worker is forked twice (the middle process exits at once)
so that the host, a child subreaper, becomes its parent: the host then sees how a
worker ended (a segfault, a kill) with ``waitpid``.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
from typing import Any

#: Stack of the template and every worker: deep recursion in C never reaches its end.
STACK_BYTES = 1024 * 1024 * 1024
#: Stack of every thread a worker starts (threads otherwise take RLIMIT_STACK).
THREAD_STACK = 8 * 1024 * 1024


def _big_stack(argv: list[str]) -> None:
    """Re-exec once with a large RLIMIT_STACK (the main thread's stack is sized at exec)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    want = STACK_BYTES if hard == resource.RLIM_INFINITY else min(STACK_BYTES, hard)
    if soft != resource.RLIM_INFINITY and soft < want and "--stack-ready" not in argv:
        resource.setrlimit(resource.RLIMIT_STACK, (want, hard))
        os.execv(sys.executable, [sys.executable, "-m", "interpreter.jail.template",
                                  *argv, "--stack-ready"])


def preload() -> None:
    """Import everything a session may need, and run a cell that touches it, before
    the walls go up (afterwards only the Python installation can be read)."""
    import asyncio
    import time

    import psutil  # noqa: F401 - the runtime's, replaced in workers

    from .. import DEFAULT_ALLOWED_MODULES, Policy, Session, completion, inspection  # noqa: F401
    from ..security.module_table import MODULE_TABLE
    from . import checkpoint, memory, protocol, worker  # noqa: F401

    time.localtime()  # the time zone, read once
    names = sorted(set(MODULE_TABLE) | set(DEFAULT_ALLOWED_MODULES))
    session = Session(Policy(allowed_modules=tuple(names), max_memory_mb=None, timeout=None,
                             max_operations=None))
    for name in names:
        session.run_cell_sync(f"import {name}", "<preload>")
    session.run_cell_sync("import interpreter\nclass A:\n    def f(self):\n        yield 1\n"
                          "list(A().f())\nasync def g():\n    return 1\nawait g()\n"
                          "f'{1:>3}' + str([1, 2][0])\n", "<preload>")
    loop = asyncio.new_event_loop()
    loop.close()


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    _big_stack(argv)
    parser = argparse.ArgumentParser(prog="interpreter.jail.template")
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--host-pid", type=int, required=True)
    parser.add_argument("--scratch")
    parser.add_argument("--read", action="append", default=[])
    parser.add_argument("--test-hooks", action="store_true")
    parser.add_argument("--stack-ready", action="store_true")
    args = parser.parse_args(argv)

    from . import protocol, walls

    walls.prctl(walls.PR_SET_PDEATHSIG, 9)
    if os.getppid() != args.host_pid:
        os._exit(0)
    import socket
    import threading

    sock = socket.socket(fileno=args.fd)
    preload()
    threading.stack_size(THREAD_STACK)
    if args.scratch is None:  # started early: the host says where, once it knows
        configure = protocol.recv(sock)
        if configure is None or configure["op"] != "configure":
            os._exit(0)
        args.scratch = str(configure["scratch"])
        args.read = [str(p) for p in configure.get("read", [])]
        args.test_hooks = bool(configure.get("test_hooks"))
    os.chdir(args.scratch)
    state = walls.lock_down(args.scratch, args.read)
    protocol.send(sock, {"op": "hello", "pid": os.getpid(), "walls": state})
    serve(sock, state, args.host_pid, args.test_hooks)


def serve(sock: Any, state: dict[str, str], host_pid: int, test_hooks: bool) -> None:
    from . import protocol

    while True:
        fds: list[int] = []
        try:
            message = protocol.recv(sock, fds)
        except (protocol.ProtocolError, OSError):
            os._exit(1)
        if message is None or message["op"] == "shutdown":
            os._exit(0)
        if message["op"] != "spawn" or len(fds) != 1:
            protocol.close_fds(fds)
            continue
        pid = spawn(sock, fds[0], message.get("options") or {}, state, host_pid, test_hooks)
        protocol.send(sock, {"op": "spawned", "pid": pid})


def spawn(sock: Any, channel_fd: int, options: dict[str, Any], state: dict[str, str],
          host_pid: int, test_hooks: bool) -> int:
    """Fork a worker (through a middle process, so that the host adopts it)."""
    read_end, write_end = os.pipe()
    middle = os.fork()
    if middle == 0:
        os.close(read_end)
        try:
            pid = os.fork()
        except OSError:
            os._exit(1)
        if pid:
            os.write(write_end, str(pid).encode())
            os._exit(0)
        os.close(write_end)
        import socket

        from . import worker

        os.close(sock.detach())  # a worker never speaks to the template
        try:
            worker.start(socket.socket(fileno=channel_fd), options, state, test_hooks,
                         host_pid)
        except BaseException:  # noqa: BLE001 - say why on stderr, then end
            import traceback

            traceback.print_exc()
            os._exit(2)
        os._exit(0)
    os.close(write_end)
    os.close(channel_fd)
    os.waitpid(middle, 0)
    data = os.read(read_end, 32)
    os.close(read_end)
    return int(data) if data.strip() else 0


if __name__ == "__main__":
    main()
