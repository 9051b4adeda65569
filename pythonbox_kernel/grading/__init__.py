"""Grade student notebooks on the PythonBox kernel with nbclient.

``pythonbox-grade SUBMISSIONS... --tests TESTS`` runs each notebook, then the instructor's
hidden tests in the same kernel session, and reports a verdict per test.  The pieces:
``tests_loader`` (read tests), ``runner`` (one submission), ``grader`` (many, in
parallel), ``report`` (JSON/CSV/HTML) and ``feedback`` (student-facing files).
"""

from __future__ import annotations

from .grader import grade_all
from .model import (
    ERROR,
    FAILED,
    KERNEL_DIED,
    LIMIT,
    PASSED,
    TIMEOUT,
    VERDICTS,
    GradingConfig,
    SubmissionResult,
    TestResult,
    TestSpec,
    TestSuite,
)
from .report import build_report, without_timings, write_report
from .runner import grade_submission
from .tests_loader import TestsFormatError, load_tests

__all__ = [
    "ERROR",
    "FAILED",
    "KERNEL_DIED",
    "LIMIT",
    "PASSED",
    "TIMEOUT",
    "VERDICTS",
    "GradingConfig",
    "SubmissionResult",
    "TestResult",
    "TestSpec",
    "TestSuite",
    "TestsFormatError",
    "build_report",
    "grade_all",
    "grade_submission",
    "load_tests",
    "without_timings",
    "write_report",
]
