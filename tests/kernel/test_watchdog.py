"""Never wedged, in-process: a cell stuck in C code that ignores signals ends the kernel
process (the jailed kernel kills and restores its worker instead: test_jail.py)."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager

from pythonbox_kernel.install import install
from pythonbox_kernel.watchdog import Watchdog


def test_watchdog_exits_when_past_deadline_and_grace() -> None:
    exits: list[int] = []
    deadline = time.monotonic() - 5
    dog = Watchdog(lambda: deadline, grace=1.0, exit_process=exits.append)
    dog.start()
    for _ in range(40):
        if exits:
            break
        time.sleep(0.1)
    dog.stop()
    assert exits == [1]


def test_watchdog_stays_quiet_while_cells_are_in_time() -> None:
    exits: list[int] = []
    dog = Watchdog(lambda: time.monotonic() + 60, grace=0.1, exit_process=exits.append)
    dog.start()
    time.sleep(1.2)
    dog.stop()
    assert exits == []


STUCK_IN_C = {
    # A C loop that never checks signals (sum(itertools.count()) is stopped now: the
    # sandbox's count counts at the check point); range's linear search for a float is.
    "cell": "1.5 in range(10 ** 18)",
    "repr": "class Endless:\n    def __repr__(self):\n"
            "        return str(1.5 in range(10 ** 18))\nEndless()",  # the result's repr
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("where", sorted(STUCK_IN_C))
def test_inprocess_kernel_stuck_in_c_code_ends_itself(tmp_path: Path, where: str) -> None:
    install("pythonbox-wedge", "PythonBox (wedge)", prefix=str(tmp_path),
            options={"timeout": 1.0, "watchdog_grace": 2.0, "isolation": "inprocess"})
    km = KernelManager(kernel_name="pythonbox-wedge", kernel_spec_manager=KernelSpecManager(
        kernel_dirs=[str(tmp_path / "share" / "jupyter" / "kernels")]))
    km.start_kernel(stderr=subprocess.PIPE)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        kc.execute(STUCK_IN_C[where])
        start = time.monotonic()
        while km.is_alive() and time.monotonic() - start < 30:
            time.sleep(0.2)
        assert not km.is_alive(), "the kernel stayed wedged"
        assert time.monotonic() - start < 15
        stderr = km.provisioner.process.stderr.read().decode()  # type: ignore[union-attr]
        # The Python watchdog explains itself when it can run; C code that also holds
        # the GIL leaves it to faulthandler's C timer, which logs "Timeout" and the stacks.
        assert "the kernel exits so that Jupyter restarts it" in stderr or \
            "Timeout (" in stderr
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=True)
        else:
            km.cleanup_resources()
