"""Plain data the grading pipeline passes around.

Everything here is picklable (results cross worker-process boundaries) and turns into
JSON-ready dicts with a stable key order, so that a report is byte-for-byte the same
whatever the number of workers, apart from the ``wall_time`` fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Verdicts of one test (or one notebook cell).
PASSED = "passed"
FAILED = "failed"
ERROR = "error"
TIMEOUT = "timeout"
LIMIT = "limit"
KERNEL_DIED = "kernel_died"

VERDICTS: tuple[str, ...] = (PASSED, FAILED, ERROR, TIMEOUT, LIMIT, KERNEL_DIED)

# Status of a whole submission.
STATUS_OK = "ok"  # the notebook ran (possibly with cell errors) and the tests ran
STATUS_KERNEL_DIED = "kernel_died"  # the kernel died or stopped answering
STATUS_INVALID = "invalid_notebook"  # the file is not a readable notebook
STATUS_GRADER_ERROR = "grader_error"  # the grading machinery itself failed (kernel start...)

#: Key of every timing field; reports are compared with these removed.
TIMING_KEYS: frozenset[str] = frozenset({"wall_time"})


@dataclass(frozen=True)
class TestSpec:
    """One instructor test: a named block of code worth some points."""

    __test__ = False  # not a pytest test class

    name: str
    source: str
    points: float = 1.0
    timeout: float | None = None  # seconds; None means the run's --timeout


@dataclass(frozen=True)
class TestSuite:
    """The instructor's tests plus the hidden setup code run before them."""

    __test__ = False  # not a pytest test class

    tests: tuple[TestSpec, ...]
    setup: tuple[str, ...] = ()
    source_path: str = ""

    @property
    def max_points(self) -> float:
        return float(sum(t.points for t in self.tests))

    def hidden_lines(self, min_length: int = 12) -> list[str]:
        """Source lines long enough to be recognisable, which feedback must never show."""
        lines = {
            line.strip()
            for block in (*self.setup, *(t.source for t in self.tests))
            for line in block.splitlines()
        }
        return sorted(line for line in lines if len(line) >= min_length)


@dataclass
class TestResult:
    """What happened to one test for one submission."""

    __test__ = False  # not a pytest test class

    name: str
    points: float
    score: float
    verdict: str
    message: str = ""  # student-safe: assertion message or "Ename: evalue"
    traceback: str = ""  # teacher-only: plain-text traceback (may quote test source)
    stdout: str = ""  # teacher-only: what the test printed (truncated)
    wall_time: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "points": self.points,
            "score": self.score,
            "verdict": self.verdict,
            "message": self.message,
            "traceback": self.traceback,
            "stdout": self.stdout,
            "wall_time": round(self.wall_time, 3),
        }


@dataclass
class CellIssue:
    """A cell of the student's notebook that did not run cleanly."""

    cell: int  # 1-based index among all cells, as a person counts them in the notebook
    verdict: str  # error / timeout / limit / kernel_died
    ename: str = ""
    evalue: str = ""
    traceback: str = ""
    execution_count: int | None = None  # the "In [n]" the kernel gave it

    def to_dict(self) -> dict[str, Any]:
        return {
            "cell": self.cell,
            "execution_count": self.execution_count,
            "verdict": self.verdict,
            "ename": self.ename,
            "evalue": self.evalue,
            "traceback": self.traceback,
        }


@dataclass
class SubmissionResult:
    """The grade of one submission: its status, notebook problems and test results."""

    submission: str  # display name (path relative to the submissions' common folder)
    path: str
    status: str = STATUS_OK
    message: str = ""
    cells: list[CellIssue] = field(default_factory=list)
    tests: list[TestResult] = field(default_factory=list)
    wall_time: float = 0.0

    @property
    def student(self) -> str:
        name = self.submission.rsplit("/", 1)[-1]
        return name[: -len(".ipynb")] if name.endswith(".ipynb") else name

    @property
    def score(self) -> float:
        return float(sum(t.score for t in self.tests))

    @property
    def max_points(self) -> float:
        return float(sum(t.points for t in self.tests))

    def to_dict(self) -> dict[str, Any]:
        return {
            "submission": self.submission,
            "student": self.student,
            "status": self.status,
            "message": self.message,
            "score": self.score,
            "max_points": self.max_points,
            "cells": [c.to_dict() for c in self.cells],
            "tests": [t.to_dict() for t in self.tests],
            "wall_time": round(self.wall_time, 3),
        }


@dataclass(frozen=True)
class GradingConfig:
    """How to run submissions; the same object is sent to every worker process."""

    kernel_name: str = "pythonbox"
    timeout: float = 30.0  # seconds per student cell and per test (unless a test says)
    startup_timeout: float = 60.0
    interrupt_grace: float = 10.0  # how long a timed-out cell may take to honour the interrupt
    memory_mb: int | None = 4096  # RLIMIT_AS of the kernel process: a second wall
    kernel_args: tuple[str, ...] = ()
    #: a jailed PythonBox kernel serves submission after submission, each in a fresh
    #: session forked from its template (``kernels.KernelPool``); False: a new kernel
    #: process for every submission
    reuse_kernels: bool = True
    max_text: int = 4000  # truncate tracebacks and stdout kept in the report
