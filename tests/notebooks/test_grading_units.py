"""Unit tests of the grading pieces, and the grader's robustness against bad kernels.

The kernel-death and wedged-kernel cases use ipykernel's unsandboxed ``python3`` kernel on
purpose: there a submission *can* kill or wedge its kernel, which is what the grader must
survive (on PythonBox the sandbox prevents both).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook
from nbtest_support import has_kernel

from pythonbox_kernel.grading import (
    ERROR,
    FAILED,
    KERNEL_DIED,
    LIMIT,
    PASSED,
    TIMEOUT,
    GradingConfig,
    TestsFormatError,
    build_report,
    grade_all,
    load_tests,
    without_timings,
    write_report,
)
from pythonbox_kernel.grading.cli import main
from pythonbox_kernel.grading.feedback import HIDDEN, redact, render_feedback
from pythonbox_kernel.grading.grader import display_names
from pythonbox_kernel.grading.model import (
    STATUS_KERNEL_DIED,
    CellIssue,
    SubmissionResult,
    TestResult,
)
from pythonbox_kernel.grading.report import to_csv, to_html
from pythonbox_kernel.grading.runner import classify, strip_ansi

needs_python3 = pytest.mark.skipif(not has_kernel("python3"), reason="ipykernel's python3 kernel")

TESTS_PY = '''"""Docstring only: not setup."""

# %% setup
helper = 2

# %% test: first [points=2]
assert f(1) == 2, "f(1) should be 2"

# %% test: second [3 pts, timeout=4]
assert f(2) == 4

# %% test: third
assert g() == 1, "g() should be 1"
'''


def _write_nb(path: Path, *sources: str) -> Path:
    nb = new_notebook()
    nb.cells = [new_code_cell(s) for s in sources]
    nbformat.write(nb, str(path))
    return path


def test_load_py_tests(tmp_path: Path) -> None:
    path = tmp_path / "t.py"
    path.write_text(TESTS_PY)
    suite = load_tests(path)
    assert [(t.name, t.points, t.timeout) for t in suite.tests] == [
        ("first", 2.0, None),
        ("second", 3.0, 4.0),
        ("third", 1.0, None),
    ]
    assert suite.setup == ("helper = 2\n",)
    assert suite.max_points == 6
    assert 'assert f(1) == 2, "f(1) should be 2"' in suite.hidden_lines()


def test_load_notebook_tests(tmp_path: Path) -> None:
    nb = new_notebook()
    nb.cells = [
        new_code_cell("import math"),
        new_code_cell("# %% test: by header [points=2]\nassert True"),
        new_code_cell(
            "assert 1 + 1 == 2", metadata={"pythonbox": {"test": "by meta", "points": 3}}
        ),
    ]
    nbformat.write(nb, str(tmp_path / "t.ipynb"))
    suite = load_tests(tmp_path / "t.ipynb")
    assert [(t.name, t.points) for t in suite.tests] == [("by header", 2.0), ("by meta", 3.0)]
    assert suite.setup == ("import math\n",)


@pytest.mark.parametrize(
    "text",
    [
        "x = 1\n",  # no tests
        "# %% test: a\nassert 1\n# %% test: a\nassert 1\n",  # duplicate
        "# %% test: a [points=lots]\nassert 1\n",  # bad option
        "# %% test: a [colour=red]\nassert 1\n",  # unknown option
        "# %% test: a\n\n",  # empty test
    ],
)
def test_bad_tests_files(tmp_path: Path, text: str) -> None:
    path = tmp_path / "t.py"
    path.write_text(text)
    with pytest.raises(TestsFormatError):
        load_tests(path)


def test_classify_and_ansi() -> None:
    assert classify("AssertionError") == FAILED
    assert classify("NameError") == ERROR
    assert classify("MemoryLimitExceeded") == LIMIT
    assert classify("RecursionError") == LIMIT
    assert classify("TimeLimitExceeded") == TIMEOUT
    assert classify("KeyboardInterrupt", timed_out=True) == TIMEOUT
    assert strip_ansi("\x1b[0;31mZeroDivisionError\x1b[0m: x") == "ZeroDivisionError: x"


def test_display_names_are_relative_and_stable(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    paths = [tmp_path / "a" / "x.ipynb", tmp_path / "b" / "x.ipynb"]
    assert display_names(paths) == ["a/x.ipynb", "b/x.ipynb"]
    assert display_names([tmp_path / "a" / "x.ipynb"]) == ["x.ipynb"]


def _fake_result() -> SubmissionResult:
    res = SubmissionResult(submission="<b>eve</b>.ipynb", path="/x")
    res.cells.append(CellIssue(3, ERROR, "NameError", "name 'q' is not defined", "Traceback..."))
    res.tests = [
        TestResult("first", 2, 2, PASSED),
        TestResult("second", 3, 0, FAILED, "assert f(2) == 4 <script>", "tb: assert f(2) == 4"),
        TestResult("third", 1, 0, ERROR, "NameError: name 'g' is not defined", "tb"),
    ]
    return res


def test_feedback_and_redaction(tmp_path: Path) -> None:
    path = tmp_path / "t.py"
    path.write_text(TESTS_PY)
    suite = load_tests(path)
    text = render_feedback(_fake_result(), suite)
    assert "**Score: 2 / 6**" in text
    assert "Cell 3 raised an error" in text
    assert "assert f(2) == 4" not in text and HIDDEN in text  # the message quoted source
    assert "tb:" not in text  # test tracebacks never reach students
    assert redact("xx helper = 2", ["helper = 2"]) == "xx " + HIDDEN


def test_report_formats_escape_student_text(tmp_path: Path) -> None:
    path = tmp_path / "t.py"
    path.write_text(TESTS_PY)
    suite = load_tests(path)
    report = build_report([_fake_result()], suite, GradingConfig(kernel_name="k"), 1.0)
    assert report["summary"]["verdicts"][FAILED] == 1
    page = to_html(report)
    assert "<script>" not in page and "&lt;b&gt;eve&lt;/b&gt;" in page
    assert "second" in to_csv(report).splitlines()[0]
    for suffix in (".json", ".csv", ".html"):
        assert write_report(report, tmp_path / f"r{suffix}").stat().st_size > 100
    with pytest.raises(ValueError):
        write_report(report, tmp_path / "r.txt")
    assert "wall_time" not in json.dumps(without_timings(report))


def test_cli_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tests = tmp_path / "t.py"
    tests.write_text(TESTS_PY)
    nb = _write_nb(tmp_path / "s.ipynb", "x = 1")
    for argv in (
        [str(nb), "--tests", str(tests), "--report", "r.txt", "--kernel", "python3"],
        [str(tmp_path / "missing.ipynb"), "--tests", str(tests)],
        [str(nb), "--tests", str(tests), "--kernel", "no-such-kernel"],
        [str(nb), "--tests", str(tmp_path / "nothing.py"), "--kernel", "python3"],
    ):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2
    assert "no such" in capsys.readouterr().err


@needs_python3
def test_dead_and_wedged_kernels_get_verdicts_and_grading_goes_on(tmp_path: Path) -> None:
    tests = tmp_path / "t.py"
    tests.write_text(
        "# %% test: one [points=1]\nassert f(1) == 2, 'f(1)'\n"
        "# %% test: two [points=1]\nassert f(2) == 4, 'f(2)'\n"
    )
    ok = _write_nb(tmp_path / "a_ok.ipynb", "def f(x):\n    return 2 * x")
    dies = _write_nb(tmp_path / "b_dies.ipynb", "def f(x):\n    import os\n    os._exit(1)")
    wedged = _write_nb(
        tmp_path / "c_wedged.ipynb",
        "def f(x):\n    import signal\n    signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
        "    while True:\n        pass",
    )
    slow = _write_nb(
        tmp_path / "d_slow.ipynb",
        "def f(x):\n    if x == 1:\n        while True:\n            pass\n    return 2 * x",
    )
    config = GradingConfig(kernel_name="python3", timeout=3, interrupt_grace=3)
    results, _ = grade_all([slow, wedged, dies, ok], load_tests(tests), config, workers=2)
    by = {r.student: r for r in results}
    assert [r.student for r in results] == ["a_ok", "b_dies", "c_wedged", "d_slow"]
    assert by["a_ok"].score == 2
    assert by["b_dies"].status == STATUS_KERNEL_DIED
    assert [t.verdict for t in by["b_dies"].tests] == [KERNEL_DIED, KERNEL_DIED]
    assert by["c_wedged"].status == STATUS_KERNEL_DIED
    assert "stopped answering" in by["c_wedged"].message
    assert [t.verdict for t in by["c_wedged"].tests] == [TIMEOUT, KERNEL_DIED]
    assert by["d_slow"].status == "ok"  # interrupted, then the next test ran normally
    assert [t.verdict for t in by["d_slow"].tests] == [TIMEOUT, PASSED]
    assert by["d_slow"].score == 1


@pytest.mark.parametrize(
    "text",
    [
        "not json at all",
        '{"cells": [{"cell_type": "code"}], "nbformat": 4, "nbformat_minor": 5, "metadata": {}}',
        '{"nbformat": 4}',
    ],
)
def test_broken_files_are_invalid_notebooks_not_crashes(tmp_path: Path, text: str) -> None:
    tests = tmp_path / "t.py"
    tests.write_text(TESTS_PY)
    bad = tmp_path / "bad.ipynb"
    bad.write_text(text)
    results, _ = grade_all([bad], load_tests(tests), GradingConfig(kernel_name="python3"))
    assert results[0].status == "invalid_notebook"
    assert [t.verdict for t in results[0].tests] == [ERROR, ERROR, ERROR]


@pytest.mark.skipif(
    not (Path(__file__).resolve().parents[2] / "pythonbox_kernel" / "__main__.py").exists(),
    reason="pythonbox_kernel/__main__.py (the kernel's entry point) is not there yet",
)
def test_python_m_pythonbox_kernel_grade() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pythonbox_kernel", "grade", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "--workers" in proc.stdout and "--feedback" in proc.stdout
