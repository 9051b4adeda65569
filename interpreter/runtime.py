"""Run-time state shared by all compiled closures of one session.

A frame is a plain Python list: slot 0 holds a ``return`` value, the other slots
hold locals (or ``Cell`` objects for captured variables).  Statements return
``None`` to go on, or one of the ``BREAK``/``CONTINUE``/``RETURN`` signals, so
control flow costs no exceptions on the hot path.
"""

from __future__ import annotations

import signal
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

import psutil

from .errors import (
    Interrupted,
    LimitExceeded,
    MemoryLimitExceeded,
    OperationLimitExceeded,
    TimeLimitExceeded,
)
from .policy import Policy


class _Signal:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


BREAK = _Signal("BREAK")
CONTINUE = _Signal("CONTINUE")
RETURN = _Signal("RETURN")


class _Unbound:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<unbound>"


UNBOUND: Any = _Unbound()


class Cell:
    """A captured variable; an unset ``v`` means unbound (AttributeError)."""

    __slots__ = ("v",)

    def __init__(self, *value: Any) -> None:
        if value:
            self.v = value[0]


#: Loop iterations and calls between two looks at the clock.
TICK_CHUNK = 2000
#: Seconds between two looks at the process's memory.
MEMORY_SAMPLE_INTERVAL = 0.02
#: Host Python frames allowed per sandbox frame (deep expressions need several).
HOST_FRAMES_PER_USER_FRAME = 24


#: The runtime of the execution in progress (for checks inside host helpers).
ACTIVE: list[Runtime | None] = [None]


class Runtime:
    """Budget, depth, output and stop state of one session.

    ``left`` counts down at every loop iteration and call; when it drops below
    zero ``tick`` looks at the clock, memory, interrupt flag and operation count.
    A signal handler stops a running execution by setting ``stop`` and ``left``.
    """

    def __init__(self, policy: Policy, write: Callable[[str], None]) -> None:
        self.policy = policy
        self.write_out = write
        self.write_err: Callable[[str], None] | None = None  # stderr; set by the session
        self.left = TICK_CHUNK
        self.granted = TICK_CHUNK
        self.ops_used = 0
        self.depth = 0
        self.max_depth = policy.max_recursion_depth
        self.deadline: float | None = None
        self.active = False  # an execution is in progress
        self.in_sandbox = False  # sandbox code is on the stack right now
        self.stop: LimitExceeded | None = None
        self.output_bytes = 0
        self.output_truncated = False
        self.context: Any = None  # the session's contextvars.Context
        self.alarm_thread: int | None = None  # where SIGALRM reaches the running cell
        self.execution = 0  # counts begin(); tells the memory watcher's samples apart
        self._watcher: threading.Thread | None = None
        self.inline_next = False  # the next fresh coroutine may run in the awaiting body
        self.cell_task: Any = None
        self.loop: Any = None
        self._process = psutil.Process()
        self.memory_baseline = self._process.memory_info().rss
        self.next_memory_check = 0.0

    # -- execution lifetime -------------------------------------------
    def begin(self, timeout: float | None = None) -> None:
        p = self.policy
        timeout = p.timeout if timeout is None else timeout
        self.ops_used = 0
        self.depth = 0
        self.stop = None
        self.output_bytes = 0
        self.output_truncated = False
        self.deadline = None if timeout is None else time.monotonic() + timeout
        self.granted = self.left = self._chunk()
        if p.max_memory_mb is not None:  # the limit is on what this execution adds
            self.memory_baseline = self._process.memory_info().rss
        self.execution += 1
        self.active = True
        self.next_memory_check = 0.0
        ACTIVE[0] = self

    def watch_memory(self) -> None:
        """A thread that samples memory during executions, so that one long C-level
        call that allocates a lot is stopped too (by SIGALRM when it checks signals,
        else as soon as it returns)."""
        if self.policy.max_memory_mb is None or self._watcher is not None:
            return
        self._watcher = threading.Thread(target=_watch, args=(weakref.ref(self),),
                                         name="pythonbox-memory", daemon=True)
        self._watcher.start()

    def end(self) -> None:
        # Sandbox code that runs after this without an execution of its own (a __del__
        # called by the host's garbage collector) stops at its first check point;
        # tasks resumed by the event loop get their own time slice (background_slice).
        self.deadline = time.monotonic()
        self.active = False
        self.in_sandbox = False
        self.depth = 0
        self.cell_task = None

    def _chunk(self) -> int:
        m = self.policy.max_operations
        if m is None:
            return TICK_CHUNK
        return max(0, min(TICK_CHUNK, m - self.ops_used))

    def background_slice(self) -> None:
        """Sandbox code resumed outside an execution (a task that outlived its cell)."""
        if not self.active:
            t = self.policy.timeout
            self.deadline = None if t is None else time.monotonic() + t
            self.stop = None
            self.granted = self.left = TICK_CHUNK
            self.ops_used = 0

    # -- the check point ----------------------------------------------
    def tick(self) -> None:
        if self.stop is not None:
            self.left = -1
            raise self._fresh(self.stop)
        self.ops_used += self.granted - self.left
        now = time.monotonic()
        if self.deadline is not None and now > self.deadline:
            self.stop_with(self.time_error())
        m = self.policy.max_operations
        if m is not None and self.ops_used >= m and self.active:
            self.stop_with(OperationLimitExceeded(
                f"execution exceeded max_operations={m} (loop iterations and calls)"))
        if self.policy.max_memory_mb is not None and now >= self.next_memory_check:
            self.next_memory_check = now + MEMORY_SAMPLE_INTERVAL
            self.check_memory()
        self.granted = self.left = self._chunk() if self.active else TICK_CHUNK

    def charge(self, operations: int) -> None:
        """Count work done in one C-level call (``sum(range(n))``) before it starts."""
        m = self.policy.max_operations
        if m is not None and self.active and self.ops_used + operations > m:
            self.stop_with(OperationLimitExceeded(
                f"operation would take about {operations:,} steps, over "
                f"max_operations={m}"))

    def time_error(self) -> TimeLimitExceeded:
        return TimeLimitExceeded(
            f"execution exceeded the time limit of {self.policy.timeout:g} s")

    def check_memory(self, extra: int = 0) -> None:
        limit = self.policy.max_memory_mb
        if limit is None:
            return
        used = self._process.memory_info().rss - self.memory_baseline + extra
        if used > limit * 1024 * 1024:
            self.stop_with(MemoryLimitExceeded(
                f"execution exceeded the memory limit of {limit} MB"))

    def stop_with(self, err: LimitExceeded) -> None:
        self.stop = err
        self.left = -1
        raise self._fresh(err)

    @staticmethod
    def _fresh(err: LimitExceeded) -> LimitExceeded:
        """A new instance each raise, so tracebacks of repeated raises stay apart."""
        new = type(err)(*err.args)
        return new

    # -- output ----------------------------------------------------------
    def write(self, text: str, name: str = "stdout") -> None:
        """Printed text of either stream; ``max_output_bytes`` counts both together."""
        limit = self.policy.max_output_bytes
        if limit is not None:
            if self.output_truncated:
                return
            n = len(text.encode("utf-8", "replace"))
            if self.output_bytes + n > limit:
                keep = max(0, limit - self.output_bytes)
                text = text.encode("utf-8", "replace")[:keep].decode("utf-8", "ignore")
                text += f"\n[output truncated: exceeded max_output_bytes={limit}]\n"
                self.output_truncated = True
            self.output_bytes += n
        if name == "stdout" or self.write_err is None:
            self.write_out(text)
        else:
            self.write_err(text)

    # -- interrupts and signal timers -----------------------------------
    def request_stop(self, err: LimitExceeded) -> None:
        """Stop the running execution soon; safe from signal handlers and threads."""
        self.stop = err
        self.left = -1
        task, loop = self.cell_task, self.loop
        if task is not None and loop is not None and not self.in_sandbox:
            try:
                loop.call_soon_threadsafe(task.cancel)
            except RuntimeError:
                pass


def _watch(ref: weakref.ref[Runtime]) -> None:
    """The memory watcher's loop; it ends with its runtime (a weak reference: a thread
    holding the runtime would keep every session of the process alive)."""
    while True:
        time.sleep(MEMORY_SAMPLE_INTERVAL * 2.5)
        rt = ref()
        if rt is None:
            return
        try:
            _sample(rt)
        finally:
            del rt


def _sample(rt: Runtime) -> None:
    execution = rt.execution
    if not rt.active or rt.stop is not None:
        return
    limit = rt.policy.max_memory_mb * 1024 * 1024  # type: ignore[operator]
    baseline = rt.memory_baseline
    try:
        used = rt._process.memory_info().rss - baseline
    except psutil.Error:
        return
    # Only for the execution that was measured: never a stale sample of the last one.
    if used > limit and rt.active and rt.execution == execution:
        rt.request_stop(MemoryLimitExceeded(
            f"execution exceeded the memory limit of {rt.policy.max_memory_mb} MB"))
        target = rt.alarm_thread
        if target is not None:
            try:
                signal.pthread_kill(target, signal.SIGALRM)
            except (OSError, ValueError):
                pass


class SignalGuard:
    """Installs SIGINT and SIGALRM handlers for one execution (main thread only).

    When sandbox code is on the stack the handler raises at once, which also
    breaks long C-level operations (big integer arithmetic, regex matching);
    while the cell awaits, it cancels the cell's task instead.
    """

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.saved: dict[int, Any] = {}
        self.enabled = threading.current_thread() is threading.main_thread()

    def __enter__(self) -> SignalGuard:
        if not self.enabled:
            return self
        try:
            self.saved[signal.SIGINT] = signal.signal(signal.SIGINT, self._on_sigint)
            self.saved[signal.SIGALRM] = signal.signal(signal.SIGALRM, self._on_alarm)
            if self.rt.deadline is not None:
                delay = max(0.001, self.rt.deadline - time.monotonic() + 0.05)
                signal.setitimer(signal.ITIMER_REAL, delay)
            self.rt.alarm_thread = threading.main_thread().ident
        except ValueError:  # not the main thread of the main interpreter
            self.enabled = False
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.enabled:
            return
        self.rt.alarm_thread = None
        if signal.SIGALRM in self.saved:
            signal.setitimer(signal.ITIMER_REAL, 0)
        for sig, handler in self.saved.items():
            signal.signal(sig, handler)
        self.saved.clear()

    def _on_sigint(self, signum: int, frame: object) -> None:
        self._stop(Interrupted("execution interrupted by the user"))

    def _on_alarm(self, signum: int, frame: object) -> None:
        rt = self.rt
        if rt.stop is not None:  # the memory watcher asks to stop now
            self._stop(rt.stop)
            return
        if rt.deadline is not None and time.monotonic() < rt.deadline:
            signal.setitimer(signal.ITIMER_REAL, rt.deadline - time.monotonic() + 0.05)
            return
        self._stop(rt.time_error())

    def _stop(self, err: LimitExceeded) -> None:
        rt = self.rt
        rt.request_stop(err)
        if rt.in_sandbox:
            raise rt._fresh(err)
