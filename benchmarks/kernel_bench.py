"""Kernel start-up and trivial-cell round trip: PythonBox against ipykernel's python3.

    python benchmarks/kernel_bench.py [--starts 5] [--cells 200]

Both kernels are started from their installed kernelspecs in the same run,
taking turns; the report shows medians and the ratio PythonBox / python3
(``--json PATH`` also writes them to a file).
"""

from __future__ import annotations

import argparse
import json
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


def _once(name: str, cells: int) -> tuple[float, float]:
    """(start-up seconds, mean round trip seconds) of one fresh kernel."""
    elapsed, km, kc = _start(name)
    try:
        return elapsed, _roundtrips(kc, cells)
    finally:
        kc.stop_channels()  # type: ignore[attr-defined]
        km.shutdown_kernel(now=True)


def measure(names: list[str], starts: int, cells: int) -> dict[str, dict[str, float]]:
    """Medians per kernel; the kernels take turns so that load drift hits both alike."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for _ in range(starts):
        for name in names:
            samples[name].append(_once(name, cells))
    return {name: {"startup_s": statistics.median(s for s, _ in runs),
                   "roundtrip_ms": statistics.median(r for _, r in runs) * 1000}
            for name, runs in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--cells", type=int, default=200)
    parser.add_argument("--kernel", default="pythonbox")
    parser.add_argument("--reference", default="python3")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    results = measure([args.kernel, args.reference], args.starts, args.cells)
    box, ref = results[args.kernel], results[args.reference]
    print(f"{'':24s}{args.kernel:>12s}{args.reference:>12s}{'ratio':>8s}")
    print(f"{'start-up to kernel_info':24s}{box['startup_s']:11.2f}s{ref['startup_s']:11.2f}s"
          f"{box['startup_s'] / ref['startup_s']:7.2f}x")
    print(f"{'trivial cell round trip':24s}{box['roundtrip_ms']:10.2f}ms"
          f"{ref['roundtrip_ms']:10.2f}ms{box['roundtrip_ms'] / ref['roundtrip_ms']:7.2f}x")
    if args.json:
        report = {"starts": args.starts, "cells": args.cells, "kernels": results,
                  "ratios": {"startup": box["startup_s"] / ref["startup_s"],
                             "roundtrip": box["roundtrip_ms"] / ref["roundtrip_ms"]}}
        with open(args.json, "w") as f:
            json.dump(report, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
