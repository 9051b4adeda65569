"""Helpers for tests/notebooks: where things are, which kernel, and a checked notebook run.

Expectations live in each code cell's metadata under ``pythonbox_test`` so the demo
notebooks stay clean to read:  ``stdout`` / ``stdout_contains`` / ``stdout_max_chars``,
``result`` (text/plain of the execute_result), ``html_contains``, ``display_count``,
``error`` (allowed ename or list of them), ``traceback_contains``, ``max_seconds``, and
``interrupt_after`` (seconds after which the test presses the interrupt button).
Notebook metadata ``pythonbox_test.kernel_args`` adds kernel arguments.
"""

from __future__ import annotations

import asyncio
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
COURSE = NOTEBOOKS / "grading"
ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def kernel_under_test() -> str:
    return os.environ.get("PYTHONBOX_TEST_KERNEL", "pythonbox")


def has_kernel(name: str) -> bool:
    try:
        KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:
        return False
    return True


@dataclass
class CellRun:
    index: int
    source: str
    expect: dict[str, Any]
    outputs: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def stdout(self) -> str:
        return "".join(
            o["text"]
            for o in self.outputs
            if o["output_type"] == "stream" and o["name"] == "stdout"
        )

    @property
    def result(self) -> str | None:
        for o in self.outputs:
            if o["output_type"] == "execute_result":
                return o["data"].get("text/plain")
        return None

    @property
    def html(self) -> str:
        return "".join(
            o["data"].get("text/html", "")
            for o in self.outputs
            if o["output_type"] in ("execute_result", "display_data")
        )

    @property
    def errors(self) -> list[dict[str, Any]]:
        return [o for o in self.outputs if o["output_type"] == "error"]


async def _run(path: Path, kernel: str, cell_timeout: int) -> list[CellRun]:
    nb = nbformat.read(str(path), as_version=4)
    kernel_args = nb.metadata.get("pythonbox_test", {}).get("kernel_args", [])
    client = NotebookClient(
        nb,
        kernel_name=kernel,
        timeout=cell_timeout,
        allow_errors=False,
        extra_arguments=list(kernel_args),
        shutdown_kernel="immediate",
        resources={"metadata": {"path": str(path.parent)}},
    )
    runs: list[CellRun] = []
    async with client.async_setup_kernel():
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            expect = dict(cell.metadata.get("pythonbox_test", {}))
            interrupter = None
            if "interrupt_after" in expect:

                async def interrupt(delay: float = float(expect["interrupt_after"])) -> None:
                    await asyncio.sleep(delay)
                    assert client.km is not None
                    await client.km.interrupt_kernel()

                interrupter = asyncio.ensure_future(interrupt())
            started = time.monotonic()
            await client.async_execute_cell(cell, index)
            seconds = time.monotonic() - started
            if interrupter is not None:
                interrupter.cancel()
            runs.append(CellRun(index, cell.source, expect, list(cell.outputs), seconds))
    return runs


def run_notebook(path: Path, kernel: str, cell_timeout: int = 120) -> list[CellRun]:
    """Execute every cell on ``kernel``; cells without the raises-exception tag must not fail."""
    return asyncio.run(_run(path, kernel, cell_timeout))


def check_cell(run: CellRun) -> list[str]:
    """Every way the cell's outputs differ from its expectations (empty when it matches)."""
    exp, problems = run.expect, []
    where = f"cell {run.index + 1} ({run.source.strip().splitlines()[0][:50]!r})"

    def bad(msg: str) -> None:
        problems.append(f"{where}: {msg}")

    if "stdout" in exp and run.stdout != exp["stdout"]:
        bad(f"stdout {run.stdout[:500]!r} != {exp['stdout']!r}")
    for text in exp.get("stdout_contains", []):
        if text not in run.stdout:
            bad(f"stdout lacks {text!r}: {run.stdout[:500]!r}")
    if "stdout_max_chars" in exp and len(run.stdout) > exp["stdout_max_chars"]:
        bad(f"stdout has {len(run.stdout)} chars, over {exp['stdout_max_chars']}")
    if "result" in exp and run.result != exp["result"]:
        bad(f"result {run.result!r} != {exp['result']!r}")
    for text in exp.get("html_contains", []):
        if text not in run.html:
            bad(f"HTML lacks {text!r}: {run.html[:300]!r}")
    if "display_count" in exp:
        count = sum(1 for o in run.outputs if o["output_type"] == "display_data")
        if count != exp["display_count"]:
            bad(f"{count} display_data outputs, expected {exp['display_count']}")
    if "error" in exp:
        allowed = exp["error"] if isinstance(exp["error"], list) else [exp["error"]]
        if not run.errors:
            bad(f"no error, expected one of {allowed}")
        else:
            err = run.errors[-1]
            if err["ename"] not in allowed:
                bad(f"error {err['ename']}: {err['evalue']} is not one of {allowed}")
            tb = ANSI_RE.sub("", "\n".join(err["traceback"]))
            for text in exp.get("traceback_contains", []):
                if text not in tb:
                    bad(f"traceback lacks {text!r}:\n{tb[-1500:]}")
    if "max_seconds" in exp and run.seconds > exp["max_seconds"]:
        bad(f"took {run.seconds:.1f}s, over {exp['max_seconds']}s")
    return problems
