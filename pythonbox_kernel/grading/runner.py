"""Grade one submission: run the student's notebook with nbclient, then the hidden tests.

The student's cells and the instructor's tests run in one kernel session, so the tests
see the student's functions.  Every execution is bounded: a cell or test that runs past
its timeout is interrupted (and the kernel is declared dead if the interrupt is not
honoured), a dead kernel ends this submission only, and the kernel process gets an
address-space rlimit as a second wall behind the sandbox's own memory limit.
"""

from __future__ import annotations

import asyncio
import math
import os
import re
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat import NotebookNode

from .kernels import POOL
from .model import (
    ERROR,
    FAILED,
    KERNEL_DIED,
    LIMIT,
    PASSED,
    STATUS_GRADER_ERROR,
    STATUS_INVALID,
    STATUS_KERNEL_DIED,
    TIMEOUT,
    CellIssue,
    GradingConfig,
    SubmissionResult,
    TestResult,
    TestSuite,
)

_ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")

#: Exception names that mean "a resource limit stopped the code", whatever the kernel.
LIMIT_ENAMES: frozenset[str] = frozenset(
    {
        "LimitExceeded",
        "MemoryLimitExceeded",
        "OperationLimitExceeded",
        "OutputLimitExceeded",
        "RecursionLimitExceeded",
        "MemoryError",
        "RecursionError",
    }
)
#: Exception names that mean "the code ran out of time".
TIMEOUT_ENAMES: frozenset[str] = frozenset({"TimeLimitExceeded"})

#: ename of the reply nbclient makes up when the grader's own timeout fired.
_TIMEOUT_MARK = "PythonBoxGradeTimeout"

#: Seconds the grader waits past the sandbox's own timeout before interrupting itself,
#: so that the sandbox's located limit error wins the race when the kernel has one.
SANDBOX_TIMEOUT_SLACK = 3.0


def strip_ansi(text: str) -> str:
    """Tracebacks arrive coloured for terminals; reports want plain text."""
    return _ANSI_RE.sub("", text)


def truncate(text: str, limit: int) -> str:
    """Keep the tail of long text: the end of a traceback is where the error is."""
    if len(text) <= limit:
        return text
    return "[... truncated ...]\n" + text[-limit:]


def classify(ename: str, timed_out: bool = False) -> str:
    """Map an error name to a verdict (AssertionError is a failure, not an error)."""
    if timed_out or ename in TIMEOUT_ENAMES:
        return TIMEOUT
    if ename in LIMIT_ENAMES or ename.endswith("LimitExceeded"):
        return LIMIT
    if ename == "AssertionError":
        return FAILED
    return ERROR


def kernel_is_pythonbox(kernel_name: str) -> bool:
    """Whether the named kernelspec runs the PythonBox kernel (so it takes its traitlets)."""
    try:
        spec = KernelSpecManager().get_kernel_spec(kernel_name)
    except NoSuchKernel:
        return False
    return any("pythonbox_kernel" in str(arg) for arg in spec.argv)


def kernel_exists(kernel_name: str) -> bool:
    try:
        KernelSpecManager().get_kernel_spec(kernel_name)
    except NoSuchKernel:
        return False
    return True


def _rlimits(memory_mb: int | None) -> Callable[[], None]:
    """Runs in the forked kernel process before exec: bound its memory, no core files."""

    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if memory_mb:
            limit = int(memory_mb) * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


@dataclass
class Outcome:
    """What one execution produced, reduced to what grading needs."""

    verdict: str
    ename: str = ""
    evalue: str = ""
    traceback: str = ""
    stdout: str = ""
    wall_time: float = 0.0


class _Session:
    """One kernel session driven through nbclient, with bounded executions."""

    def __init__(
        self, nb: NotebookNode, config: GradingConfig, workdir: str, longest: float
    ) -> None:
        self.config = config
        self.pythonbox = kernel_is_pythonbox(config.kernel_name)
        extra = list(config.kernel_args)
        if self.pythonbox and not any("timeout" in a for a in extra):
            # The sandbox stops runaway code itself, with a located limit error; the kernel
            # has one timeout for every cell, so give it the longest any cell may take.
            extra.append(f"--PythonBoxKernel.timeout={longest:g}")
        if self.pythonbox and not any("watchdog_grace" in a for a in extra):
            # a cell stuck in C code is stopped (and its session restored) by the kernel
            # itself, before the grader's own timeout gives up on it
            extra.append(f"--PythonBoxKernel.watchdog_grace={SANDBOX_TIMEOUT_SLACK - 1:g}")
        self.client = NotebookClient(
            nb,
            kernel_name=config.kernel_name,
            timeout=int(math.ceil(config.timeout)),
            startup_timeout=int(math.ceil(config.startup_timeout)),
            allow_errors=True,
            # On timeout nbclient interrupts the kernel and hands back this reply at once,
            # then waits (iopub_timeout) for the interrupted cell's last outputs.
            interrupt_on_timeout=True,
            error_on_timeout={"ename": _TIMEOUT_MARK, "evalue": "", "traceback": []},
            shutdown_kernel="immediate",
            record_timing=False,
            extra_arguments=extra,
            resources={"metadata": {"path": workdir}},
        )
        self.probe_index = len(nb.cells) - 1
        self.dead = False
        self.last_reply: dict[str, Any] | None = None
        self.client.on_cell_executed = self._on_cell_executed

    def _on_cell_executed(self, **kwargs: Any) -> None:
        self.last_reply = kwargs.get("execute_reply")

    def launch_kwargs(self) -> dict[str, Any]:
        quiet = not os.environ.get("PYTHONBOX_GRADE_DEBUG")
        kwargs: dict[str, Any] = {"preexec_fn": _rlimits(self.config.memory_mb)}
        if quiet:
            kwargs["stdout"] = subprocess.DEVNULL
            kwargs["stderr"] = subprocess.DEVNULL
        return kwargs

    async def run(self, index: int, timeout: float) -> Outcome:
        """Execute cell ``index``; never raises for anything the code in it does."""
        cell = self.client.nb.cells[index]
        slack = SANDBOX_TIMEOUT_SLACK if self.pythonbox else 0.0
        self.client.timeout = int(math.ceil(timeout + slack))
        start = time.monotonic()
        timed_out = await self._execute(index)
        wall = time.monotonic() - start
        if self.dead and not timed_out:
            return Outcome(KERNEL_DIED, "DeadKernelError", "the kernel died", wall_time=wall)
        if timed_out:
            if not self.dead:
                await self._probe()
            outcome = Outcome(
                TIMEOUT, "TimeoutError", f"execution timed out after {timeout:g} s", wall_time=wall
            )
            outcome.stdout = self._stdout(cell)
            return outcome
        return self._outcome(cell, wall)

    async def _execute(self, index: int) -> bool:
        """Run one cell through nbclient; True when the grader's timeout cut it short."""
        self.last_reply = None
        try:
            await self.client.async_execute_cell(self.client.nb.cells[index], index)
        except (DeadKernelError, CellTimeoutError):
            self.dead = True
        content = (self.last_reply or {}).get("content", {})
        return content.get("ename") == _TIMEOUT_MARK

    async def _probe(self) -> None:
        """After an interrupt: the kernel must answer a trivial cell within the grace period."""
        self.client.timeout = int(math.ceil(self.config.interrupt_grace))
        if await self._execute(self.probe_index):
            self.dead = True  # the interrupt was not honoured: the kernel is wedged

    def _stdout(self, cell: NotebookNode) -> str:
        text = "".join(
            o.get("text", "")
            for o in cell.get("outputs", [])
            if o.get("output_type") == "stream" and o.get("name") == "stdout"
        )
        return truncate(text, self.config.max_text)

    def _outcome(self, cell: NotebookNode, wall: float) -> Outcome:
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        stdout = self._stdout(cell)
        content = (self.last_reply or {}).get("content", {})
        if errors:
            err = errors[-1]
            ename, evalue, tb = (
                err.get("ename", ""),
                err.get("evalue", ""),
                err.get("traceback", []),
            )
        elif content.get("status") == "error":
            ename, evalue, tb = (
                content.get("ename", ""),
                content.get("evalue", ""),
                content.get("traceback", []),
            )
        elif content.get("status") == "aborted":
            ename, evalue, tb = "Aborted", "the kernel aborted this execution", []
        else:
            return Outcome(PASSED, stdout=stdout, wall_time=wall)
        text = truncate(strip_ansi("\n".join(tb)), self.config.max_text)
        ename = strip_ansi(str(ename))
        evalue = strip_ansi(str(evalue))
        return Outcome(classify(ename), ename, evalue, text, stdout, wall)


def _display_error(outcome: Outcome) -> str:
    return f"{outcome.ename}: {outcome.evalue}" if outcome.evalue else outcome.ename


def _test_result(test_name: str, points: float, outcome: Outcome) -> TestResult:
    if outcome.verdict == PASSED:
        message = ""
    elif outcome.verdict == FAILED:
        message = outcome.evalue or "assertion failed"
    elif outcome.verdict == KERNEL_DIED:
        message = "the kernel died while running this test"
    elif outcome.verdict == TIMEOUT and outcome.ename == "TimeoutError":
        message = outcome.evalue
    else:
        message = _display_error(outcome)
    return TestResult(
        name=test_name,
        points=points,
        score=points if outcome.verdict == PASSED else 0.0,
        verdict=outcome.verdict,
        message=message,
        traceback=outcome.traceback,
        stdout=outcome.stdout,
        wall_time=outcome.wall_time,
    )


def _not_run(suite: TestSuite, verdict: str, message: str) -> list[TestResult]:
    return [TestResult(t.name, t.points, 0.0, verdict, message) for t in suite.tests]


def _build_notebook(student: NotebookNode, suite: TestSuite) -> NotebookNode:
    """Student cells, then setup and test cells, then a spare cell for liveness probes."""
    nb = nbformat.v4.new_notebook()
    for cell in student.cells:
        if cell.cell_type == "code":
            source = cell.source
            cell = nbformat.v4.new_code_cell(source if isinstance(source, str) else "".join(source))
        nb.cells.append(cell)
    nb.cells.extend(nbformat.v4.new_code_cell(src) for src in suite.setup)
    nb.cells.extend(nbformat.v4.new_code_cell(t.source) for t in suite.tests)
    nb.cells.append(nbformat.v4.new_code_cell("pass"))
    return nb


async def grade_submission_async(
    path: str | Path, display: str, suite: TestSuite, config: GradingConfig
) -> SubmissionResult:
    """Run one notebook and the tests against it; every failure becomes a verdict."""
    path = Path(path)
    result = SubmissionResult(submission=display, path=str(path))
    start = time.monotonic()
    try:
        student = nbformat.read(str(path), as_version=4)
        n_student = len(student.cells)
        nb = _build_notebook(student, suite)
    except Exception as exc:  # any unreadable file is the student's verdict, not a crash
        result.status = STATUS_INVALID
        result.message = f"not a readable notebook: {type(exc).__name__}"
        result.tests = _not_run(suite, ERROR, "not run: the submission is not a readable notebook")
        result.wall_time = time.monotonic() - start
        return result

    with tempfile.TemporaryDirectory(prefix="pythonbox-grade-") as workdir:
        longest = max([config.timeout] + [t.timeout for t in suite.tests if t.timeout])
        session = _Session(nb, config, workdir, longest)
        pooled = config.reuse_kernels and session.pythonbox
        try:
            if pooled:  # a fresh session forked in the kernel we already have
                session.client.km = await POOL.acquire(
                    config.kernel_name, session.client.extra_arguments,
                    session.launch_kwargs(), config.startup_timeout)
                session.client.owns_km = False  # nbclient must not shut it down
            async with session.client.async_setup_kernel(**session.launch_kwargs()):
                try:
                    await _run_all(session, suite, n_student, result)
                finally:
                    if pooled and session.client.kc is not None:
                        session.client.kc.stop_channels()
        except Exception as exc:  # kernel could not start, or nbclient itself failed
            if not result.tests:
                result.status = STATUS_GRADER_ERROR
                result.message = f"grading failed: {type(exc).__name__}: {exc}"
                result.tests = _not_run(suite, ERROR, "not run: the grader could not run the tests")
        if pooled and session.dead:
            await POOL.discard()
    result.wall_time = time.monotonic() - start
    return result


async def _run_all(
    session: _Session, suite: TestSuite, n_student: int, result: SubmissionResult
) -> None:
    config = session.config
    for index in range(n_student):
        cell = session.client.nb.cells[index]
        if cell.cell_type != "code" or not cell.source.strip():
            continue
        outcome = await session.run(index, config.timeout)
        if outcome.verdict != PASSED:
            count = cell.get("execution_count")
            result.cells.append(
                CellIssue(
                    index + 1,
                    outcome.verdict,
                    outcome.ename,
                    outcome.evalue,
                    outcome.traceback,
                    count if isinstance(count, int) else None,
                )
            )
        if session.dead:
            how = "stopped answering" if outcome.verdict == TIMEOUT else "died"
            result.status = STATUS_KERNEL_DIED
            result.message = f"the kernel {how} in cell {index + 1} of the notebook"
            result.tests = _not_run(suite, KERNEL_DIED, "not run: " + result.message)
            return

    index = n_student
    for number, _source in enumerate(suite.setup, start=1):
        outcome = await session.run(index, config.timeout)
        index += 1
        if outcome.verdict != PASSED and not result.message:
            result.message = f"hidden setup block {number} failed: {_display_error(outcome)}"
        if session.dead:
            how = "stopped answering" if outcome.verdict == TIMEOUT else "died"
            result.status = STATUS_KERNEL_DIED
            result.message = f"the kernel {how} in the hidden setup code"
            result.tests = _not_run(suite, KERNEL_DIED, "not run: the kernel died")
            return

    for test in suite.tests:
        if session.dead:
            result.tests.append(
                TestResult(test.name, test.points, 0.0, KERNEL_DIED, "not run: " + result.message)
            )
            index += 1
            continue
        outcome = await session.run(index, test.timeout or config.timeout)
        index += 1
        result.tests.append(_test_result(test.name, test.points, outcome))
        if session.dead:
            result.status = STATUS_KERNEL_DIED
            how = "stopped answering" if outcome.verdict == TIMEOUT else "died"
            result.message = f"the kernel {how} in test {test.name!r}"


def grade_submission(
    path: str | Path, display: str, suite: TestSuite, config: GradingConfig
) -> SubmissionResult:
    """Synchronous entry point, also the function worker processes run."""
    return asyncio.run(grade_submission_async(path, display, suite, config))
