"""Kernels side by side: the jailed PythonBox kernel, the in-process one and ipykernel.

    python benchmarks/kernel_bench.py [--starts 3] [--cells 200] [--json PATH]

Measured in the same run, the kernels taking turns: start-up to the first
``kernel_info`` reply, a Jupyter restart (``restart_kernel``: a new process), a
``shutdown_request`` until the process has exited, the trivial-cell round trip, and memory (USS of every process a kernel uses).  For the
jailed kernel also: a fresh session in place (``pythonbox_reset_request``: a worker
forked from the template), and the checkpoint a cell pays for (the worker's fork)
with a 10 MB and a 1 GB session.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from typing import Any

import psutil
from jupyter_client import KernelManager

KERNELS = {
    "jailed": ("pythonbox", []),
    "in-process": ("pythonbox", ["--PythonBoxKernel.isolation=inprocess"]),
    "ipykernel": ("python3", []),
}


def _start(name: str, extra: list[str]) -> tuple[float, KernelManager, Any]:
    start = time.perf_counter()
    km = KernelManager(kernel_name=name)
    km.start_kernel(extra_arguments=extra)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    return time.perf_counter() - start, km, kc


def _roundtrip(kc: Any, cells: int) -> float:
    kc.execute_interactive("x = 0", timeout=60)
    start = time.perf_counter()
    for _ in range(cells):
        reply = kc.execute_interactive("x += 1", timeout=60, output_hook=lambda m: None)
        assert reply["content"]["status"] == "ok"
    return (time.perf_counter() - start) / cells


def _uss(km: KernelManager) -> float:
    """MB only this kernel uses: its process and all its descendants (USS)."""
    root = psutil.Process(km.provisioner.process.pid)  # type: ignore[union-attr]
    total = 0
    for p in [root, *root.children(recursive=True)]:
        try:
            total += p.memory_full_info().uss
        except psutil.Error:
            continue
    return total / 2 ** 20


def _restart(km: KernelManager, kc: Any) -> float:
    start = time.perf_counter()
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=120)
    return time.perf_counter() - start


def _shutdown(km: KernelManager, kc: Any) -> float:
    """``shutdown_request`` until the kernel process has exited (what every nbconvert,
    papermill and nbval run waits for at its end)."""
    process = km.provisioner.process  # type: ignore[union-attr]
    start = time.perf_counter()
    kc.shutdown()
    while process.poll() is None and time.perf_counter() - start < 60:
        time.sleep(0.002)
    return time.perf_counter() - start


def _reset_in_place(kc: Any) -> float:
    start = time.perf_counter()
    msg = kc.session.msg("pythonbox_reset_request", {})
    kc.shell_channel.send(msg)
    while True:
        reply = kc.get_shell_msg(timeout=60)
        if reply["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
            break
    assert reply["content"]["status"] == "ok", reply["content"]
    kc.execute_interactive("1", timeout=60, output_hook=lambda m: None)  # first cell after
    return time.perf_counter() - start


def _once(label: str, cells: int) -> dict[str, float]:
    name, extra = KERNELS[label]
    startup, km, kc = _start(name, extra)
    try:
        found = {"startup_s": startup, "roundtrip_ms": _roundtrip(kc, cells) * 1000,
                 "memory_mb": _uss(km)}
        if label == "jailed":
            found["fresh_session_ms"] = _reset_in_place(kc) * 1000
        found["restart_s"] = _restart(km, kc)
        found["shutdown_s"] = _shutdown(km, kc)
        return found
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=True)
        km.cleanup_resources()


def checkpoints(repeats: int = 9) -> dict[str, float]:
    """Median fork time of a checkpoint, and a cell's round trip, by session size."""
    from interpreter import JailedSession, Policy

    async def measure() -> dict[str, float]:
        found: dict[str, float] = {}
        s = JailedSession(Policy(timeout=60, max_memory_mb=3000, max_operations=None))
        try:
            for label, size in (("10MB", 10 * 2 ** 20), ("1GB", 2 ** 30)):
                r = await s.run_cell(f"data = 'x' * {size}")
                assert r.error is None, r.traceback
                forks, trips = [], []
                for _ in range(repeats):
                    start = time.perf_counter()
                    await s.run_cell("1")
                    trips.append(time.perf_counter() - start)
                    forks.append(s.last_checkpoint_seconds or 0.0)
                found[f"checkpoint_{label}_ms"] = statistics.median(forks) * 1000
                found[f"cell_{label}_ms"] = statistics.median(trips) * 1000
        finally:
            s.close()
        return found
    return asyncio.run(measure())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--cells", type=int, default=200)
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    runs: dict[str, list[dict[str, float]]] = {label: [] for label in KERNELS}
    for _ in range(args.starts):
        for label in KERNELS:
            runs[label].append(_once(label, args.cells))
    results = {label: {key: statistics.median(r[key] for r in samples)
                       for key in samples[0]} for label, samples in runs.items()}
    results["jailed"].update(checkpoints())
    rows = [("start-up to kernel_info", "startup_s", "s"), ("restart (new process)",
            "restart_s", "s"), ("shutdown_request to exit", "shutdown_s", "s"),
            ("trivial cell round trip", "roundtrip_ms", "ms"),
            ("memory (USS, all processes)", "memory_mb", "MB")]
    print(f"{'':30s}" + "".join(f"{label:>13s}" for label in KERNELS))
    for title, key, unit in rows:
        print(f"{title:30s}" + "".join(f"{results[label][key]:11.2f}{unit:>2s}"
                                       for label in KERNELS))
    jailed = results["jailed"]
    print(f"jailed: fresh session in place {jailed['fresh_session_ms']:.1f} ms; checkpoint "
          f"(its fork, after the previous cell when the worker is quiet) "
          f"{jailed['checkpoint_10MB_ms']:.2f} ms with 10 MB, "
          f"{jailed['checkpoint_1GB_ms']:.2f} ms with 1 GB; cell round trip "
          f"{jailed['cell_10MB_ms']:.2f} / {jailed['cell_1GB_ms']:.2f} ms")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"starts": args.starts, "cells": args.cells, "kernels": results}, f,
                      indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
