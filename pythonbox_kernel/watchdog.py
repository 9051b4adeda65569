"""Never wedged: a kernel stuck past its cell timeout ends itself.

Signals stop almost everything (see the interpreter's SignalGuard), but C code
that never checks for signals can still hold the main thread.  Past the
timeout plus a grace period the watchdog says so on stderr and exits the
process, and the Jupyter restarter brings up a fresh kernel.  C code that also
never releases the GIL starves every Python thread, this one included, so each
cell also arms ``faulthandler``'s C-level timer a little later as the last resort.
"""

from __future__ import annotations

import faulthandler
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Watchdog:
    """A thread watching the running cell's deadline, plus faulthandler's C timer."""

    def __init__(self, deadline: Callable[[], float | None], grace: float,
                 exit_process: Callable[[int], None] = os._exit) -> None:
        self.deadline = deadline
        self.grace = grace
        self.exit_process = exit_process
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="pythonbox-watchdog",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def arm(self, timeout: float | None) -> None:
        """A cell starts: the hard timer fires after timeout + grace + 2 s."""
        if timeout is not None:
            faulthandler.dump_traceback_later(timeout + self.grace + 2.0, exit=True,
                                              file=sys.__stderr__)

    def arm_until(self, deadline: float) -> None:
        """Re-armed after a pause: the hard timer follows the cell's moved deadline."""
        self.arm(max(0.0, deadline - time.monotonic()))

    def disarm(self) -> None:
        faulthandler.cancel_dump_traceback_later()

    @contextmanager
    def armed(self, timeout: float | None) -> Iterator[None]:
        """Armed for one execution: a cell, a ``__repr__`` of its value, an expression."""
        self.arm(timeout)
        try:
            yield
        finally:
            self.disarm()

    def stop(self) -> None:
        self._stop.set()

    def _watch(self) -> None:
        while not self._stop.wait(0.5):
            deadline = self.deadline()
            if deadline is not None and time.monotonic() > deadline + self.grace:
                sys.stderr.write(
                    f"PythonBox: a cell is stuck in code that ignores interrupts more than "
                    f"{self.grace:g} s past its time limit; the kernel exits so that Jupyter "
                    "restarts it.\n")
                sys.stderr.flush()
                self.exit_process(1)
                return
