"""Run-time state shared by all compiled closures of one session.

A frame is a plain Python list: slot 0 holds a ``return`` value, the other slots
hold locals (or ``Cell`` objects for captured variables).  Statements return
``None`` to go on, or one of the ``BREAK``/``CONTINUE``/``RETURN`` signals, so
control flow costs no exceptions on the hot path.

Sandbox code runs only inside limits.  An *execution* (``begin``/``end``) is a cell,
a ``Session.call`` or an API run.  Sandbox code that the host starts between
executions -- a ``__del__`` run by the garbage collector, a ``__repr__`` of a result,
a done-callback, a task step -- runs in a *slice* (``outside``): in the session's
contextvars context, charged, alarmed, with a small budget shared by everything
that runs between two executions.  Entry is cheap: ``end`` sets ``max_depth`` to 0,
so the depth check every sandbox call makes anyway takes its slow path
(``reenter``) exactly when no execution is running.  A check point reached outside
any slice (a host resuming a sandbox generator) draws from the same budget.
"""

from __future__ import annotations

import collections
import gc
import signal
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

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
    """A captured variable; ``v`` is ``UNBOUND`` while it is unbound (a plain attribute
    read and an identity test, in generated code too)."""

    __slots__ = ("v",)

    def __init__(self, *value: Any) -> None:
        self.v = value[0] if value else UNBOUND


#: Loop iterations and calls between two looks at the clock.
TICK_CHUNK = 256
#: Seconds between two looks at the process's memory.
MEMORY_SAMPLE_INTERVAL = 0.02
#: Host Python frames allowed per sandbox frame (deep expressions need several).
HOST_FRAMES_PER_USER_FRAME = 24
#: What sandbox code may use, in total, between the end of one execution and the
#: start of the next (finalizers, reprs of results, done-callbacks, rendering).
POST_EXECUTION_SECONDS = 1.0
POST_EXECUTION_OPERATIONS = 1_000_000
#: After the deadline, SIGALRM fires again this often until the execution has ended,
#: so a second long C-level call (in a ``finally``) is stopped like the first.
REARM_INTERVAL = 0.05
#: After a limit error is raised, the re-armed alarm raises again only this much later:
#: the error is on its way out through the interpreter's own bookkeeping (positions,
#: the cell's result), which a second raise would break; a long C call in a user
#: ``finally`` is still stopped then.
REARM_GRACE = 0.5


class CollectAtCheckPoints:
    """While sandbox code runs, the cycle collector runs only at the check points.

    CPython starts the collector inside any allocation, in the middle of C code that
    does not expect arbitrary code to run, and the collector runs finalizers: a
    sandbox generator's ``finally`` or ``__del__`` that mutates the list ``list_slice``
    is copying crashes the host (``Lib/test/crashers/mutation_inside_cyclegc.py``).
    So automatic collection is paused while sandbox code is on the stack, and
    ``tick`` collects when the allocation counts say CPython would have.  Nested
    uses (a slice inside a cell, a nested sandbox) share one pause.
    """

    depth = 0
    was_enabled = False

    @classmethod
    def __enter__(cls) -> None:
        if cls.depth == 0:
            cls.was_enabled = gc.isenabled()
            gc.disable()
        cls.depth += 1

    @classmethod
    def __exit__(cls, *exc: object) -> None:
        cls.depth -= 1
        if cls.depth == 0 and cls.was_enabled:
            gc.enable()

    #: Seconds between two full collections during executions.  CPython weighs a full
    #: collection against the long-lived objects (it costs a walk of the whole heap);
    #: from Python that count is not visible, so time stands in for it.
    FULL_INTERVAL = 10.0
    last_full = 0.0

    @classmethod
    def collect_if_due(cls) -> None:
        if cls.depth == 0 or not cls.was_enabled:
            return
        counts = gc.get_count()
        t0, t1, t2 = gc.get_threshold()
        if t0 and counts[0] > t0:
            generation = 1 if t1 and counts[1] > t1 else 0
            if generation and t2 and counts[2] > t2:
                now = time.monotonic()
                if now - cls.last_full > cls.FULL_INTERVAL:
                    cls.last_full = now
                    generation = 2
            gc.collect(generation)


GC_PAUSE = CollectAtCheckPoints()


#: The runtime whose execution (or slice) is running, for checks inside host helpers.
ACTIVE: list[Runtime | None] = [None]


class Runtime:
    """Budget, depth, output and stop state of one session.

    ``left`` counts down at every loop iteration and call; when it drops below
    zero ``tick`` looks at the clock, memory, interrupt flag and operation count.
    A signal handler stops a running execution by setting ``stop`` and ``left``.
    """

    #: runs the finalizers the collector queued (``security.finalizers`` sets it: the
    #: runtime does not import the security package)
    run_pending: ClassVar[Callable[[Runtime], None]]

    # Slots: every sandbox call and loop iteration reads and writes ``depth`` and
    # ``left``; a slot is CPython's fastest attribute (this class has too many
    # attributes for a shared-key instance dict).  The last four are set by the
    # session, the environment and the jailed worker.
    __slots__ = ("policy", "write_out", "write_err", "left", "granted", "ops_used",
                 "op_limit", "depth", "max_depth", "deadline", "timeout", "active",
                 "post_slice", "in_sandbox", "stop", "output_bytes", "output_truncated",
                 "context", "namespace", "evaluate_annotation", "alarm_thread", "execution",
                 "inline_next", "cell_task", "loop", "_process", "memory_baseline",
                 "next_memory_check", "post_seconds", "post_ops", "unraisable_reports",
                 "pending_finalizers", "suspended", "finalizing", "_previous_active",
                 "_thread", "last_raise", "firewall", "function_globals", "warning_sink",
                 "_watcher", "__weakref__")

    def __init__(self, policy: Policy, write: Callable[[str], None]) -> None:
        self.policy = policy
        self.write_out = write
        self.write_err: Callable[[str], None] | None = None  # stderr; set by the session
        self.left = -1
        self.granted = 0
        self.ops_used = 0
        self.op_limit: int | None = policy.max_operations
        self.depth = 0
        self.max_depth = 0  # 0 outside executions: every call takes the slow path
        self.deadline: float | None = time.monotonic()
        self.timeout: float | None = policy.timeout
        self.active = False  # an execution or a slice is in progress: limits apply
        self.post_slice = False  # the slice in progress draws on the post-execution budget
        self.in_sandbox = False  # sandbox code is on the stack right now
        self.stop: LimitExceeded | None = None
        self.output_bytes = 0
        self.output_truncated = False
        self.context: Any = None  # the session's contextvars.Context
        self.namespace: dict[str, Any] | None = None  # the session's globals
        #: evaluate(text, class namespace) -> value: annotation strings, run as sandbox code
        self.evaluate_annotation: Callable[..., Any] | None = None
        self.alarm_thread: int | None = None  # where SIGALRM reaches the running cell
        self.execution = 0  # counts begin(); tells the memory watcher's samples apart
        self.inline_next = False  # the next fresh coroutine may run in the awaiting body
        self.cell_task: Any = None
        self.loop: Any = None
        self._process = psutil.Process()
        self.memory_baseline = self._process.memory_info().rss
        self.next_memory_check = 0.0
        self.post_seconds = POST_EXECUTION_SECONDS
        self.post_ops = POST_EXECUTION_OPERATIONS
        self.unraisable_reports = 0  # reported since the last begin(); see security.hooks
        #: (real __del__, object) queued by sandbox finalizers (see security.finalizers)
        self.pending_finalizers: collections.deque[tuple[Any, Any]] = collections.deque()
        #: bodies of greenlet generators and coroutines: a suspended one's frames are out
        #: of the cycle collector's sight, so ``Session.close`` ends them
        self.suspended: weakref.WeakSet[Any] = weakref.WeakSet()
        self.finalizing = False
        self._previous_active: Runtime | None = None
        self._thread: int | None = None  # the thread of the running execution or slice

    # -- execution lifetime -------------------------------------------
    def begin(self, timeout: float | None = None) -> None:
        p = self.policy
        timeout = p.timeout if timeout is None else timeout
        self.ops_used = 0
        self.op_limit = p.max_operations
        self.depth = 0
        self.max_depth = p.max_recursion_depth
        self.stop = None
        self.output_bytes = 0
        self.output_truncated = False
        self.timeout = timeout
        self.deadline = None if timeout is None else time.monotonic() + timeout
        self.granted = self.left = self._chunk()
        if self.pending_finalizers:
            self.left = -1  # finalizers the collector queued between executions run first
        if p.max_memory_mb is not None:  # the limit is on what this execution adds
            self.memory_baseline = self._process.memory_info().rss
        self.execution += 1
        self.post_seconds = POST_EXECUTION_SECONDS
        self.post_ops = POST_EXECUTION_OPERATIONS
        self.unraisable_reports = 0
        self.active = True
        self._thread = threading.get_ident()
        self.next_memory_check = 0.0
        if ACTIVE[0] is not self:
            self._previous_active = ACTIVE[0]
        ACTIVE[0] = self
        if p.max_memory_mb is not None:
            WATCHER.watch(self)

    def watch_memory(self) -> None:
        """Kept for callers of the old API: ``begin`` starts the shared watcher."""
        if self.policy.max_memory_mb is not None:
            WATCHER.watch(self)

    def end(self) -> None:
        # Sandbox code that runs after this goes through ``outside`` (see the module doc).
        self._close()
        self.in_sandbox = False
        self.cell_task = None
        previous, self._previous_active = self._previous_active, None
        if ACTIVE[0] is self:
            ACTIVE[0] = previous if previous is not None and previous.active else None

    def _close(self) -> None:
        """The state between executions: no budget, every call and check point gated."""
        self.active = False
        self.post_slice = False
        self.deadline = time.monotonic()
        self.depth = 0
        self.max_depth = 0
        self.left = -1
        self.granted = 0
        self._thread = None

    def _chunk(self) -> int:
        m = self.op_limit
        if m is None:
            return TICK_CHUNK
        return max(0, min(TICK_CHUNK, m - self.ops_used))

    # -- sandbox code started by the host between executions -------------
    def reenter(self, fn: Callable[..., Any], *args: Any) -> Any:
        """The slow path of every sandbox call's depth check."""
        if self.active:
            raise RecursionError("maximum recursion depth exceeded")
        return self.outside(fn, *args)

    def outside(self, fn: Callable[..., Any], *args: Any, task: bool = False) -> Any:
        """Run ``fn(*args)`` (sandbox code the host started) inside limits.

        It runs in the session's context, alarmed in the main thread, with what is
        left of the budget between executions (``task=True``: a task step that outlived
        its cell gets a time slice of its own, the policy's timeout).
        """
        if self.active:
            return fn(*args)
        now = time.monotonic()
        if task:
            seconds: float | None = self.policy.timeout
            ops = self.policy.max_operations
        else:
            seconds, ops = max(0.0, self.post_seconds), max(0, self.post_ops)
        saved_depth = self.depth
        self.active = True
        self.post_slice = not task
        self._thread = threading.get_ident()
        self.stop = None
        self.ops_used = 0
        self.op_limit = ops
        self.timeout = seconds
        self.deadline = None if seconds is None else now + seconds
        self.depth = 0
        self.max_depth = self.policy.max_recursion_depth
        self.granted = self.left = self._chunk()
        if self.policy.max_memory_mb is not None:
            self.memory_baseline = self._process.memory_info().rss
            WATCHER.watch(self)
        previous = ACTIVE[0]
        ACTIVE[0] = self
        was_in_sandbox = self.in_sandbox
        self.in_sandbox = True
        try:
            with SignalGuard(self), GC_PAUSE:
                return _run_in(self.context, fn, args)
        except BaseException as e:
            LAST_SLICE_ERROR[:] = [e, weakref.ref(self)]
            raise
        finally:
            if not task:
                self.post_seconds -= time.monotonic() - now
                self.post_ops -= self.ops_used + (self.granted - self.left)
            self.in_sandbox = was_in_sandbox
            ACTIVE[0] = previous
            self._close()
            self.depth = saved_depth

    # -- the check point ----------------------------------------------
    def tick(self) -> None:
        if not self.active:
            self._tick_outside()
            return
        if self.stop is not None:
            self.left = -1
            raise self._fresh(self.stop)
        self.ops_used += self.granted - self.left
        if CollectAtCheckPoints.depth:
            CollectAtCheckPoints.collect_if_due()
        if self.pending_finalizers and not self.finalizing:
            self.granted = self.left = self._chunk()
            self.run_pending(self)
        now = time.monotonic()
        if self.deadline is not None and now > self.deadline:
            self.stop_with(self.time_error())
        m = self.op_limit
        if m is not None and self.ops_used >= m:
            self.stop_with(self.operation_error(m))
        if self.policy.max_memory_mb is not None and now >= self.next_memory_check:
            self.next_memory_check = now + MEMORY_SAMPLE_INTERVAL
            self.check_memory()
        self.granted = self.left = self._chunk()

    def _tick_outside(self) -> None:
        """A check point reached with no execution or slice open (a host resuming a
        sandbox generator): it draws operations from the budget between executions."""
        self.post_ops -= self.granted - self.left
        if self.post_ops <= 0 or self.post_seconds <= 0:
            self.granted, self.left = 0, -1
            raise TimeLimitExceeded(
                "sandbox code ran after its execution ended and used up the budget for "
                "that")
        self.granted = self.left = min(TICK_CHUNK, self.post_ops)

    def charge(self, operations: int) -> None:
        """Count work done in one C-level call (``sum(range(n))``) before it starts."""
        if not self.active:
            if operations > self.post_ops:
                raise TimeLimitExceeded(
                    f"operation would take about {operations:,} steps after the execution "
                    "ended")
            self.post_ops -= operations
            return
        m = self.op_limit
        if m is not None and self.ops_used + operations > m:
            if self.post_slice:
                self.stop_with(self.operation_error(m))
            self.stop_with(OperationLimitExceeded(
                f"operation would take about {operations:,} steps, over "
                f"max_operations={m}"))
        self.ops_used += operations

    def charge_time(self, operations: int, per_second: float) -> None:
        """A C-level loop that never checks signals: refuse it when it could not finish
        in the time that is left (``sum(range(10**12))``, ``deque(count(), 0)``)."""
        if self.deadline is None:
            return
        left = self.deadline - time.monotonic()
        if operations / per_second > max(left, 0.0):
            raise TimeLimitExceeded(
                f"operation would take about {operations:,} steps in one C-level loop, "
                f"longer than the {max(left, 0.0):.3g} s left of the time limit")

    def operation_error(self, m: int) -> OperationLimitExceeded:
        if self.post_slice:
            return OperationLimitExceeded(
                "sandbox code that ran after its execution ended used up its budget of "
                f"{POST_EXECUTION_OPERATIONS:,} operations")
        return OperationLimitExceeded(
            f"execution exceeded max_operations={m} (loop iterations and calls)")

    def time_error(self) -> TimeLimitExceeded:
        if self.post_slice:
            return TimeLimitExceeded(
                "sandbox code that ran after its execution ended used up its budget of "
                f"{POST_EXECUTION_SECONDS:g} s")
        t = self.timeout if self.timeout is not None else self.policy.timeout
        return TimeLimitExceeded(f"execution exceeded the time limit of {t:g} s")

    def check_memory(self, extra: int = 0) -> None:
        limit = self.policy.max_memory_mb
        if limit is None:
            return
        used = self._process.memory_info().rss - self.memory_baseline + extra
        if used > limit * 1024 * 1024:
            self.stop_with(MemoryLimitExceeded(
                f"execution exceeded the memory limit of {limit} MB"))

    def stop_with(self, err: LimitExceeded) -> None:
        if self.active:
            self.stop = err
            self.left = -1
        self.last_raise = time.monotonic()
        raise self._fresh(err)

    @staticmethod
    def _fresh(err: LimitExceeded) -> LimitExceeded:
        """A new instance each raise, so tracebacks of repeated raises stay apart."""
        new = type(err)(*err.args)
        return new

    # -- output ----------------------------------------------------------
    def write_parts(self, parts: list[str], name: str = "stdout") -> None:
        """``print``'s pieces: joined only as far as the output limit lets them through,
        so printing a 1 GB string copies nothing of it."""
        limit = self.policy.max_output_bytes
        if limit is not None:
            room = max(0, limit - self.output_bytes) + 1
            kept: list[str] = []
            for p in parts:
                if len(p) >= room:
                    kept.append(p[:room])
                    break
                kept.append(p)
                room -= len(p)
            parts = kept
        self.write("".join(parts), name)

    def write(self, text: str, name: str = "stdout") -> None:
        """Printed text of either stream; ``max_output_bytes`` counts both together."""
        limit = self.policy.max_output_bytes
        if limit is not None:
            if self.output_truncated:
                return
            if type(text) is not str:
                text = str.__str__(text)
            # Cut before encoding: a 1 GB string is not copied to be measured.
            room = max(0, limit - self.output_bytes)
            if len(text) > room:
                text = text[:room + 1]
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
        # Even with sandbox code on the stack (it raises at once): that code may be a
        # background task's, while the cell itself waits and must be woken up too.
        if task is not None and loop is not None and not task.done():
            try:
                loop.call_soon_threadsafe(task.cancel)
            except RuntimeError:
                pass


#: The last error that left a slice, and its runtime (the unraisable hook's router).
LAST_SLICE_ERROR: list[Any] = []


def _run_in(context: Any, fn: Callable[..., Any], args: tuple) -> Any:
    if context is None:
        return fn(*args)
    try:
        return context.run(fn, *args)
    except RuntimeError as e:
        if "already entered" not in str(e):
            raise
    return fn(*args)  # already in it (a greenlet that carries the session's context)


class SignalGuard:
    """Installs SIGINT and SIGALRM handlers for one execution (main thread only).

    When sandbox code is on the stack the handler raises at once, which also
    breaks long C-level operations (big integer arithmetic, regex matching);
    while the cell awaits, it cancels the cell's task instead.  Past the deadline
    the alarm keeps firing every ``REARM_INTERVAL`` until the guard is left.  The
    handlers and timer found on entry (another session's, the host's) come back
    on exit, the timer with what was left of it.
    """

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.saved: dict[int, Any] = {}
        self.saved_timer: tuple[float, float] = (0.0, 0.0)
        self.saved_alarm_thread: int | None = None
        self.entered = 0.0
        self.enabled = threading.current_thread() is threading.main_thread()

    def __enter__(self) -> SignalGuard:
        if not self.enabled:
            return self
        try:
            self.saved_timer = signal.getitimer(signal.ITIMER_REAL)
            self.entered = time.monotonic()
            self.saved[signal.SIGINT] = signal.signal(signal.SIGINT, self._on_sigint)
            self.saved[signal.SIGALRM] = signal.signal(signal.SIGALRM, self._on_alarm)
            if self.rt.deadline is not None:
                delay = max(0.001, self.rt.deadline - time.monotonic() + 0.05)
                signal.setitimer(signal.ITIMER_REAL, delay)
            else:
                signal.setitimer(signal.ITIMER_REAL, 0)
            self.saved_alarm_thread = self.rt.alarm_thread
            self.rt.alarm_thread = threading.main_thread().ident
        except ValueError:  # not the main thread of the main interpreter
            self.enabled = False
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.enabled:
            return
        self.rt.alarm_thread = self.saved_alarm_thread
        if signal.SIGALRM in self.saved:
            signal.setitimer(signal.ITIMER_REAL, 0)
        for sig, handler in self.saved.items():
            signal.signal(sig, handler)
        self.saved.clear()
        remaining, interval = self.saved_timer
        if remaining > 0 or interval > 0:
            left = remaining - (time.monotonic() - self.entered)
            signal.setitimer(signal.ITIMER_REAL, max(0.001, left), interval)

    def _on_sigint(self, signum: int, frame: object) -> None:
        self._stop(Interrupted("execution interrupted by the user"))

    def _on_alarm(self, signum: int, frame: object) -> None:
        rt = self.rt
        if rt.stop is not None:  # the memory watcher asks to stop now, or a limit is hit
            signal.setitimer(signal.ITIMER_REAL, REARM_INTERVAL)
            if time.monotonic() - getattr(rt, "last_raise", 0.0) >= REARM_GRACE:
                self._stop(rt.stop)
            return
        if rt.deadline is not None and time.monotonic() < rt.deadline:
            signal.setitimer(signal.ITIMER_REAL, rt.deadline - time.monotonic() + 0.05)
            return
        if not rt.active:
            return
        signal.setitimer(signal.ITIMER_REAL, REARM_INTERVAL)
        self._stop(rt.time_error())

    def _stop(self, err: LimitExceeded) -> None:
        rt = self.rt
        rt.request_stop(err)
        if rt.in_sandbox:
            rt.last_raise = time.monotonic()
            raise rt._fresh(err)


class MemoryWatcher:
    """One thread for every session: samples memory while any of them runs.

    A long C-level call that allocates a lot is stopped by SIGALRM when it checks
    signals, else as soon as it returns.  The thread ends itself after a second
    with nothing to watch, and starts again with the next execution.
    """

    IDLE_EXIT = 1.0

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._runtimes: weakref.WeakSet[Runtime] = weakref.WeakSet()
        self._thread: threading.Thread | None = None

    def watch(self, rt: Runtime) -> None:
        with self._lock:
            self._runtimes.add(rt)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="pythonbox-memory",
                                                daemon=True)
                self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _run(self) -> None:
        idle_since = time.monotonic()
        while True:
            time.sleep(MEMORY_SAMPLE_INTERVAL * 2.5)
            with self._lock:
                busy = [rt for rt in self._runtimes if rt.active and rt.stop is None
                        and rt.policy.max_memory_mb is not None]
                if not busy:
                    if time.monotonic() - idle_since > self.IDLE_EXIT:
                        self._thread = None
                        return
                    continue
            idle_since = time.monotonic()
            measured = [(rt, rt.execution) for rt in busy]
            del busy
            try:
                rss = measured[0][0]._process.memory_info().rss
            except psutil.Error:
                continue
            for rt, execution in measured:
                self._check(rt, execution, rss)
            del measured

    @staticmethod
    def _check(rt: Runtime, execution: int, rss: int) -> None:
        limit = rt.policy.max_memory_mb
        if limit is None or not rt.active or rt.stop is not None:
            return
        # Only for the execution that was measured: never a stale sample of the last one.
        if rss - rt.memory_baseline > limit * 1024 * 1024 and rt.active and \
                rt.execution == execution:
            rt.request_stop(MemoryLimitExceeded(
                f"execution exceeded the memory limit of {limit} MB"))
            target = rt.alarm_thread
            if target is not None:
                try:
                    signal.pthread_kill(target, signal.SIGALRM)
                except (OSError, ValueError):
                    pass


WATCHER = MemoryWatcher()
