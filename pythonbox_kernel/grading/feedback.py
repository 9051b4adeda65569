"""Student-facing feedback: one Markdown file per submission.

A student sees each test's name, points, verdict and failure message, and the errors of
their own notebook cells -- never the instructor's test source, setup code, test
tracebacks or what a test printed (a traceback or a print of the arguments would reveal
the hidden tests).  As a last guard every text is scrubbed of any hidden source line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from .model import PASSED, STATUS_OK, SubmissionResult, TestSuite

HIDDEN = "[hidden test code]"
_SAFE_NAME_RE = re.compile(r"[^A-Za-z0-9._-]+")


def redact(text: str, hidden_lines: Iterable[str]) -> str:
    """Replace any verbatim line of hidden source that appears inside ``text``."""
    for line in hidden_lines:
        if line in text:
            text = text.replace(line, HIDDEN)
    return text


def _points(value: float) -> str:
    return f"{value:g}"


def _fence(text: str) -> str:
    fence = "```"
    while fence in text:
        fence += "`"
    return f"{fence}text\n{text.rstrip()}\n{fence}"


def render_feedback(result: SubmissionResult, suite: TestSuite) -> str:
    """The Markdown text a student receives for one submission."""
    hidden = suite.hidden_lines()
    lines = [
        f"# Feedback for {result.student}",
        "",
        f"**Score: {_points(result.score)} / {_points(result.max_points)}**",
        "",
    ]
    if result.status != STATUS_OK:
        reason = {
            "kernel_died": "The kernel running your notebook died or stopped responding, "
            "so some tests could not run.",
            "invalid_notebook": "Your file could not be read as a Jupyter notebook.",
            "grader_error": "The grader could not run your notebook; please tell your teacher.",
        }.get(result.status, result.status)
        lines += [f"> {reason}", ""]
    lines += ["## Your notebook", ""]
    if not result.cells:
        lines += ["All cells of your notebook ran without errors.", ""]
    for cell in result.cells:
        what = {
            "timeout": "took too long and was stopped",
            "limit": "hit a resource limit",
            "kernel_died": "crashed the kernel",
        }.get(cell.verdict, "raised an error")
        prompt = f" (`In [{cell.execution_count}]`)" if cell.execution_count else ""
        lines += [f"- Cell {cell.cell}{prompt} {what}: `{redact(cell.ename, hidden)}`", ""]
        detail = cell.traceback or f"{cell.ename}: {cell.evalue}"
        lines += [_fence(redact(detail, hidden)), ""]
    lines += [
        "## Tests",
        "",
        "| Test | Points | Result |",
        "| --- | --- | --- |",
    ]
    for test in result.tests:
        verdict = "passed" if test.verdict == PASSED else test.verdict.replace("_", " ")
        lines.append(
            f"| {_md_cell(test.name)} | {_points(test.score)} / {_points(test.points)} "
            f"| {verdict} |"
        )
    lines.append("")
    problems = [t for t in result.tests if t.verdict != PASSED]
    if problems:
        lines += ["### What went wrong", ""]
        for test in problems:
            message = redact(test.message, hidden) or test.verdict
            lines += [f"- **{_md_cell(test.name)}** ({test.verdict.replace('_', ' ')}):", ""]
            lines += ["  " + row for row in _fence(message).splitlines()]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def feedback_filename(result: SubmissionResult) -> str:
    name = result.submission
    if name.endswith(".ipynb"):
        name = name[: -len(".ipynb")]
    return _SAFE_NAME_RE.sub("_", name).strip("_") + ".md"


def write_feedback(
    results: Sequence[SubmissionResult], suite: TestSuite, directory: str | Path
) -> list[Path]:
    """Write one feedback file per submission into ``directory``; returns the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for result in results:
        path = directory / feedback_filename(result)
        path.write_text(render_feedback(result, suite), encoding="utf-8")
        written.append(path)
    return written
