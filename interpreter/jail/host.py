"""The host's side of the jail: the template process and the connection to a worker.

Everything a worker sends is hostile until checked: frames are size-limited JSON,
every message's shape is checked (``protocol.check_from_worker``), output is counted
against a budget per cell, and the first violation ends the worker.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import protocol

PR_SET_CHILD_SUBREAPER = 36
#: Seconds a worker or the template may take to answer while starting.
START_TIMEOUT = 60.0
#: Seconds a checkpoint may take to become the live worker (it is ready and waiting).
RESTORE_TIMEOUT = 10.0


@dataclass(frozen=True)
class JailConfig:
    """Where a jailed session's workers run, and how long the host waits for them."""

    #: the only directory workers may write (None: a fresh temporary one per host)
    scratch_dir: str | None = None
    #: more directories workers may read (data sets of a course)
    data_dirs: tuple[str, ...] = ()
    #: seconds past the cell's timeout before the host kills a worker stuck in C code
    grace: float = 10.0
    #: tests only: the worker answers ``test_exec`` (host Python after lock-down)
    test_hooks: bool = False
    python: str = field(default=sys.executable)


_subreaper: list[bool] = []


def become_subreaper() -> bool:
    """Workers (forked twice by the template) and orphaned checkpoints become children
    of this process, so that it sees how they ended."""
    if not _subreaper:
        ok = False
        if sys.platform == "linux":
            libc = ctypes.CDLL(None, use_errno=True)
            ok = libc.prctl(PR_SET_CHILD_SUBREAPER, ctypes.c_ulong(1), 0, 0, 0) == 0
        _subreaper.append(ok)
    return _subreaper[0]


def wait_status(pid: int, timeout: float = 5.0) -> int | None:
    """The raw wait status of our child ``pid`` (killing it if it will not end)."""
    deadline = _now() + timeout
    while True:
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return None
        if done:
            return status
        if _now() > deadline:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            deadline = _now() + timeout
        threading.Event().wait(0.002)


def _now() -> float:
    import time

    return time.monotonic()


def parent_of(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("PPid:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def address_space_limit(pid: int) -> int | None:
    """The worker's RLIMIT_AS as the kernel holds it (not as the worker says)."""
    try:
        with open(f"/proc/{pid}/limits") as f:
            for line in f:
                if line.startswith("Max address space"):
                    soft = line.split()[3]
                    return None if soft == "unlimited" else int(soft)
    except (OSError, ValueError, IndexError):
        return None
    return None


def address_space(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _recv_checked(sock: socket.socket, op: str, timeout: float) -> dict[str, Any]:
    sock.settimeout(timeout)
    try:
        message = protocol.recv(sock)
    except TimeoutError:
        raise protocol.ProtocolError(f"no {op!r} within {timeout:g} s") from None
    finally:
        sock.settimeout(None)
    if message is None:
        raise protocol.ProtocolError(f"the channel closed before {op!r}")
    protocol.check_from_worker(message)
    if message["op"] != op:
        raise protocol.ProtocolError(f"expected {op!r}, got {message['op']!r}")
    return message


def handshake(sock: socket.socket, final: str, expected_pid: int | None = None,
              timeout: float = START_TIMEOUT) -> tuple[int, dict[str, Any]]:
    """A new live worker says ``started``; it must be our child; it gets its statm
    file; it says ``final`` (``hello`` or ``restored``) with its walls."""
    started = _recv_checked(sock, "started", timeout)
    pid = started["pid"]
    if expected_pid not in (None, pid) or parent_of(pid) != os.getpid():
        raise protocol.ProtocolError(f"process {pid} is not a worker of this host")
    statm = os.open(f"/proc/{pid}/statm", os.O_RDONLY | os.O_CLOEXEC)
    try:
        protocol.send(sock, {"op": "init"}, fds=[statm])
    finally:
        os.close(statm)
    done = _recv_checked(sock, final, timeout)
    if done["pid"] != pid:
        raise protocol.ProtocolError("the worker changed its pid")
    return pid, done


def _tunables(existing: str) -> str:
    """glibc's malloc asks for transparent huge pages (``madvise``): a checkpoint's fork
    then copies one page-table entry per 2 MB instead of per 4 KB (a 1 GB session forks
    in about a millisecond instead of tens)."""
    parts = [p for p in existing.split(":") if p and not p.startswith("glibc.malloc.hugetlb")]
    return ":".join([*parts, "glibc.malloc.hugetlb=1"])


def _launch(python: str, extra: list[str], cwd: str | None
            ) -> tuple[subprocess.Popen[bytes], socket.socket]:
    become_subreaper()
    ours, theirs = socket.socketpair()
    argv = [python, "-m", "interpreter.jail.template", "--fd", str(theirs.fileno()),
            "--host-pid", str(os.getpid()), *extra]
    env = dict(os.environ, MALLOC_ARENA_MAX="2",
               GLIBC_TUNABLES=_tunables(os.environ.get("GLIBC_TUNABLES", "")))
    proc = subprocess.Popen(argv, pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL,
                            process_group=0, env=env, cwd=cwd)
    theirs.close()
    return proc, ours


_early: list[tuple[subprocess.Popen[bytes], socket.socket]] = []


def prestart_template(python: str = sys.executable) -> None:
    """Start a template now, before the host's own slow imports; the next ``Template``
    of this process configures and uses it instead of starting one."""
    if not _early and sys.platform == "linux":
        _early.append(_launch(python, [], None))


def discard_prestarted_template() -> None:
    """The host will not need the early template (an in-process kernel)."""
    while _early:
        proc, sock = _early.pop()
        sock.close()
        proc.kill()
        proc.wait()


class Template:
    """The pre-imported, locked-down process that forks fresh workers."""

    def __init__(self, config: JailConfig) -> None:
        self.config = config
        self.own_scratch = config.scratch_dir is None
        self.scratch = config.scratch_dir or tempfile.mkdtemp(prefix="pythonbox-scratch-")
        os.makedirs(self.scratch, exist_ok=True)
        early = _early.pop() if _early and config.python == sys.executable else None
        if early is not None and early[0].poll() is None:
            self.proc, ours = early
            protocol.send(ours, {"op": "configure", "scratch": self.scratch,
                                 "read": list(config.data_dirs),
                                 "test_hooks": config.test_hooks})
        else:
            extra = ["--scratch", self.scratch]
            for path in config.data_dirs:
                extra += ["--read", path]
            if config.test_hooks:
                extra.append("--test-hooks")
            self.proc, ours = _launch(config.python, extra, self.scratch)
        self.sock = ours
        self.lock = threading.Lock()
        self._walls: dict[str, str] | None = None
        self.pid = self.proc.pid

    def walls(self) -> dict[str, str]:
        """What the template reported when it had locked down (waits for it)."""
        with self.lock:
            if self._walls is None:
                hello = _recv_checked(self.sock, "hello", START_TIMEOUT)
                self._walls = dict(hello["walls"])
            return self._walls

    def spawn(self, options: dict[str, Any]) -> WorkerConnection:
        """A fresh worker with a new session (a fork of this template)."""
        self.walls()
        ours, theirs = socket.socketpair()
        with self.lock:
            try:
                protocol.send(self.sock, {"op": "spawn", "options": options},
                              fds=[theirs.fileno()])
            finally:
                theirs.close()
            spawned = _recv_checked(self.sock, "spawned", START_TIMEOUT)
        pid, hello = handshake(ours, "hello", spawned["pid"] or None)
        return WorkerConnection(pid, ours, dict(hello["walls"]))

    def alive(self) -> bool:
        return self.proc.poll() is None

    def close(self) -> None:
        with contextlib.suppress(OSError):
            protocol.send(self.sock, {"op": "shutdown"})
        self.sock.close()
        try:
            self.proc.wait(2)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.own_scratch:
            shutil.rmtree(self.scratch, ignore_errors=True)

    def wipe_scratch(self) -> None:
        """A fresh session starts with an empty scratch directory."""
        for entry in os.listdir(self.scratch):
            path = os.path.join(self.scratch, entry)
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    os.unlink(path)


#: Events a worker may send after a cell starts, plus ``EVENTS_PER_SECOND`` for every
#: second since: a worker batches its prints (``batching``), so an honest one stays far
#: below, and a flood is caught within its first thousands of frames.
EVENT_ALLOWANCE = 20_000
EVENTS_PER_SECOND = 200


@dataclass
class Budget:
    """What a worker may send from one cell start on before it counts as a flood."""

    stream_bytes: int
    events: int
    since: float = 0.0


class WorkerConnection:
    """The channel to one live worker, read by a thread that checks every frame."""

    def __init__(self, pid: int, sock: socket.socket, walls: dict[str, str]) -> None:
        self.pid = pid
        self.sock = sock
        self.walls = walls
        self.as_limit = address_space_limit(pid)
        self.peak_address_space = 0
        self.budget = Budget(0, 0)
        self.send_lock = threading.Lock()
        self.closed = False
        self.on_message: Callable[[WorkerConnection, dict[str, Any]], None] | None = None
        self.on_end: Callable[[WorkerConnection, str], None] | None = None
        self._thread: threading.Thread | None = None

    def start(self, on_message: Callable[[WorkerConnection, dict[str, Any]], None],
              on_end: Callable[[WorkerConnection, str], None]) -> None:
        self.on_message, self.on_end = on_message, on_end
        self._thread = threading.Thread(target=self._read, name=f"pythonbox-worker-{self.pid}",
                                        daemon=True)
        self._thread.start()

    def reset_budget(self, max_output_bytes: int | None) -> None:
        limit = max_output_bytes if max_output_bytes is not None else 256 * 1024 * 1024
        self.budget = Budget(4 * limit + (1 << 20), 0, _now())

    def send(self, message: dict[str, Any], fds: list[int] | None = None) -> None:
        with self.send_lock:
            protocol.send(self.sock, message, fds)

    def _read(self) -> None:
        reason = "closed its channel"
        try:
            while True:
                message = protocol.recv(self.sock)
                if message is None:
                    break
                protocol.check_from_worker(message)
                self._charge(message)
                assert self.on_message is not None
                self.on_message(self, message)
        except protocol.ProtocolError as e:
            reason = f"protocol: {e}"
        except OSError as e:
            reason = f"closed its channel ({e.strerror})"
        self.closed = True
        assert self.on_end is not None
        self.on_end(self, reason)

    def _charge(self, message: dict[str, Any]) -> None:
        if message["op"] != "event":
            return
        budget = self.budget
        budget.events += 1
        if message["msg_type"] == "stream":
            budget.stream_bytes -= len(message["content"]["text"])
        if budget.stream_bytes < 0:
            raise protocol.ProtocolError("a flood of output, far past max_output_bytes")
        if budget.events > EVENT_ALLOWANCE and budget.events > EVENT_ALLOWANCE + \
                EVENTS_PER_SECOND * (_now() - budget.since):
            raise protocol.ProtocolError("a flood of events")

    def sample(self) -> None:
        found = address_space(self.pid)
        if found is not None and found > self.peak_address_space:
            self.peak_address_space = found

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)

    def close(self) -> None:
        self.kill()
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        wait_status(self.pid)
        self.sock.close()
