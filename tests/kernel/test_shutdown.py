"""``shutdown_request`` ends the kernel process promptly, as python3's does.

Before the fix most in-process kernels took 10 s to exit: the control thread's
trailing ``sys.stdout.flush()`` waited for an IOPub thread the app had already
stopped.  This is a behaviour bound (the flush timeout is 10 s), not a speed target.
"""

from __future__ import annotations

import statistics
import time

import pytest
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager

TRIALS = 10


def _shutdown_seconds(name: str, dirs: list[str]) -> float:
    """Seconds from ``shutdown_request`` to the kernel process's exit."""
    km = KernelManager(kernel_name=name, kernel_spec_manager=KernelSpecManager(kernel_dirs=dirs))
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        reply = kc.execute_interactive("print('output before the end')\nvalue = 6 * 7\nvalue",
                                       timeout=60, output_hook=lambda msg: None)
        assert reply["content"]["status"] == "ok"
        process = km.provisioner.process  # type: ignore[union-attr]
        start = time.monotonic()
        kc.shutdown()
        while process.poll() is None and time.monotonic() - start < 30:
            time.sleep(0.005)
        elapsed = time.monotonic() - start
        assert process.poll() == 0, "the kernel did not exit cleanly by itself"
        return elapsed
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=True)
        km.cleanup_resources()


@pytest.mark.parametrize("name", ["pythonbox-test", "pythonbox-test-inprocess"])
def test_shutdown_request_ends_the_process_promptly(kernel_dirs: list[str], name: str) -> None:
    times = [_shutdown_seconds(name, kernel_dirs) for _ in range(TRIALS)]
    report = ", ".join(f"{t:.2f}" for t in times)
    assert statistics.median(times) < 1.0, report
    assert max(times) < 1.5, report
