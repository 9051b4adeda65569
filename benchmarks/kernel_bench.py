"""Kernel start-up and trivial-cell round trip: PythonBox against ipykernel's python3.

    python benchmarks/kernel_bench.py [--starts 5] [--cells 200]

Both kernels are started from their installed kernelspecs in the same run;
the report shows medians and the ratio PythonBox / python3.
"""

from __future__ import annotations

import argparse
import statistics
import time

from jupyter_client import KernelManager


def _start(name: str) -> tuple[float, KernelManager, object]:
    start = time.perf_counter()
    km = KernelManager(kernel_name=name)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)  # the first kernel_info reply
    return time.perf_counter() - start, km, kc


def _roundtrips(kc: object, cells: int) -> float:
    kc.execute_interactive("x = 0", timeout=60)  # type: ignore[attr-defined]
    start = time.perf_counter()
    for _ in range(cells):
        reply = kc.execute_interactive("x += 1", timeout=60,  # type: ignore[attr-defined]
                                       output_hook=lambda msg: None)
        assert reply["content"]["status"] == "ok"
    return (time.perf_counter() - start) / cells


def measure(name: str, starts: int, cells: int) -> dict[str, float]:
    startup, roundtrip = [], []
    for _ in range(starts):
        elapsed, km, kc = _start(name)
        startup.append(elapsed)
        roundtrip.append(_roundtrips(kc, cells))
        kc.stop_channels()  # type: ignore[attr-defined]
        km.shutdown_kernel(now=True)
    return {"startup_s": statistics.median(startup),
            "roundtrip_ms": statistics.median(roundtrip) * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--cells", type=int, default=200)
    parser.add_argument("--kernel", default="pythonbox")
    args = parser.parse_args()
    box = measure(args.kernel, args.starts, args.cells)
    ref = measure("python3", args.starts, args.cells)
    print(f"{'':24s}{'pythonbox':>12s}{'python3':>12s}{'ratio':>8s}")
    print(f"{'start-up to kernel_info':24s}{box['startup_s']:11.2f}s{ref['startup_s']:11.2f}s"
          f"{box['startup_s'] / ref['startup_s']:7.2f}x")
    print(f"{'trivial cell round trip':24s}{box['roundtrip_ms']:10.2f}ms"
          f"{ref['roundtrip_ms']:10.2f}ms{box['roundtrip_ms'] / ref['roundtrip_ms']:7.2f}x")


if __name__ == "__main__":
    main()
