"""The example course in notebooks/grading, graded end to end through the real CLI.

Runs the command twice (serially and with two worker processes), checks the verdicts
against notebooks/grading/expected_report.json, that both JSON reports are identical
apart from timing fields, that the HTML and CSV reports are complete, and that the
student feedback never shows the instructor's test source.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from nbtest_support import COURSE, REPO

from pythonbox_kernel.grading import load_tests, without_timings
from pythonbox_kernel.grading.feedback import HIDDEN

TIMEOUT = "10"
SUBMISSIONS = sorted((COURSE / "submissions").glob("*.ipynb"))

# What differs when the course is graded on ipykernel's unsandboxed python3 kernel:
# nothing stops grace's attacks there, and her answers file simply does not exist.
PYTHON3_DIFFERENCES: dict[str, dict[str, Any]] = {
    "grace.ipynb": {"cells": []},
    "erin.ipynb": {"cells": [{"cell": 7, "verdict": "timeout", "ename": "TimeoutError"}]},
    "frank.ipynb": {"cells": [{"cell": 7, "verdict": "limit", "ename": "MemoryError"}]},
}


def _grade(tmp: Path, kernel: str, workers: int, *extra: str) -> subprocess.CompletedProcess:
    cmd = [
        sys.executable,
        "-m",
        "pythonbox_kernel.grading",
        *map(str, SUBMISSIONS),
        "--tests",
        str(COURSE / "tests.py"),
        "--kernel",
        kernel,
        "--timeout",
        TIMEOUT,
        "--workers",
        str(workers),
        "--report",
        str(tmp / "report.json"),
        *extra,
    ]
    proc = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return proc


@pytest.fixture(scope="module")
def serial(kernel_name: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("serial")
    _grade(
        tmp,
        kernel_name,
        1,
        "--report",
        str(tmp / "report.html"),
        "--report",
        str(tmp / "report.csv"),
        "--feedback",
        str(tmp / "feedback"),
    )
    return tmp


@pytest.fixture(scope="module")
def parallel(kernel_name: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("parallel")
    _grade(tmp, kernel_name, 2)
    return tmp


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _verdicts(report: dict[str, Any]) -> dict[str, Any]:
    """The shape of expected_report.json: per submission status, score, cells, verdicts."""
    return {
        s["submission"]: {
            "status": s["status"],
            "score": s["score"],
            "cells": [
                {"cell": c["cell"], "verdict": c["verdict"], "ename": c["ename"]}
                for c in s["cells"]
            ],
            "tests": {t["name"]: t["verdict"] for t in s["tests"]},
        }
        for s in report["submissions"]
    }


def _expected(kernel: str) -> dict[str, Any]:
    expected = _load(COURSE / "expected_report.json")["submissions"]
    if kernel == "python3":
        for name, changes in PYTHON3_DIFFERENCES.items():
            expected[name].update(changes)
    return expected


def test_course_has_the_required_kinds_of_submission() -> None:
    names = {p.stem for p in SUBMISSIONS}
    assert len(names) >= 8
    assert {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"} <= names


def test_expected_verdicts(serial: Path, kernel_name: str) -> None:
    report = _load(serial / "report.json")
    assert report["kernel"] == kernel_name
    assert report["max_points"] == 10
    got, expected = _verdicts(report), _expected(kernel_name)
    assert sorted(got) == sorted(expected)
    for name in expected:
        assert got[name] == expected[name], name


def test_reports_identical_serial_and_parallel(serial: Path, parallel: Path) -> None:
    one = without_timings(_load(serial / "report.json"))
    two = without_timings(_load(parallel / "report.json"))
    assert one == two
    assert "wall_time" in _load(parallel / "report.json")


def test_report_details(serial: Path) -> None:
    report = _load(serial / "report.json")
    subs = {s["submission"]: s for s in report["submissions"]}
    assert [s["submission"] for s in report["submissions"]] == sorted(subs)
    bob = {t["name"]: t for t in subs["bob.ipynb"]["tests"]}
    assert bob["mean of an empty list raises ValueError"]["message"] == (
        "mean([]) should raise ValueError"
    )
    assert bob["mean of a list"]["score"] == 2 and bob["word counts"]["points"] == 2
    carol = {t["name"]: t for t in subs["carol.ipynb"]["tests"]}
    assert "NameError" in carol["fizzbuzz up to 15"]["message"]
    assert "fizzbuzz" in carol["fizzbuzz up to 15"]["traceback"]
    assert "SyntaxError" in subs["carol.ipynb"]["cells"][0]["traceback"]
    erin = {t["name"]: t for t in subs["erin.ipynb"]["tests"]}
    assert erin["fizzbuzz up to 15"]["score"] == 0
    assert erin["gather_squares runs concurrently"]["verdict"] == "passed"  # grading went on
    assert report["summary"]["submissions"] == len(SUBMISSIONS)
    for sub in report["submissions"]:
        for test in sub["tests"]:
            assert isinstance(test["wall_time"], float)
            assert "\x1b[" not in test["traceback"]


def test_feedback_never_shows_test_source(serial: Path) -> None:
    suite = load_tests(COURSE / "tests.py")
    hidden = suite.hidden_lines()
    assert len(hidden) > 15
    files = sorted((serial / "feedback").glob("*.md"))
    assert [f.stem for f in files] == [p.stem for p in SUBMISSIONS]
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert HIDDEN not in text, path.name  # nothing even needed redacting
        for line in hidden:
            assert line not in text, (path.name, line)
        assert "Traceback" not in text.split("## Tests", 1)[1], path.name
        for test in suite.tests:
            assert test.name in text
    bob = (serial / "feedback" / "bob.md").read_text(encoding="utf-8")
    assert "**Score: 6 / 10**" in bob
    assert "mean([]) should raise ValueError" in bob
    carol = (serial / "feedback" / "carol.md").read_text(encoding="utf-8")
    assert "Cell 5" in carol and "SyntaxError" in carol


def test_html_report_is_self_contained(serial: Path) -> None:
    page = (serial / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<table id="grades">' in page and "<details>" in page
    for marker in ("<script", "src=", "http://", "https://", "@import", "url("):
        assert marker not in page
    for sub in SUBMISSIONS:
        assert sub.name in page
    assert "mean([]) should raise ValueError" in page


def test_csv_report(serial: Path) -> None:
    with open(serial / "report.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["submission"] for r in rows] == [p.name for p in SUBMISSIONS]
    alice = next(r for r in rows if r["submission"] == "alice.ipynb")
    assert alice["score"] == "10" and alice["mean of a list [verdict]"] == "passed"


def test_console_script_is_installed() -> None:
    exe = Path(sys.executable).with_name("pythonbox-grade")
    found = str(exe) if exe.exists() else shutil.which("pythonbox-grade")
    assert found, "the pythonbox-grade console script is not installed"
    proc = subprocess.run([found, "--help"], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0 and "--workers" in proc.stdout
