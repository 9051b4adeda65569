"""Grade many submissions, serially or in worker processes, with one stable result order.

Each submission gets its own kernel (so one student's crash never touches the next), and
results are sorted by submission name, so the report is the same whatever ``workers``.
Workers are spawned, not forked: the parent may hold zmq sockets and an event loop.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from .model import (
    ERROR,
    STATUS_GRADER_ERROR,
    GradingConfig,
    SubmissionResult,
    TestResult,
    TestSuite,
)
from .runner import grade_submission

ProgressCallback = Callable[[SubmissionResult], None]


def display_names(paths: Sequence[Path]) -> list[str]:
    """Names relative to the submissions' common folder: short, unique, cwd-independent."""
    resolved = [p.resolve() for p in paths]
    if not resolved:
        return []
    parents = [str(p.parent) for p in resolved]
    common = Path(os.path.commonpath(parents)) if len(set(parents)) > 1 else resolved[0].parent
    return [p.relative_to(common).as_posix() for p in resolved]


def _crashed(path: Path, display: str, suite: TestSuite, exc: BaseException) -> SubmissionResult:
    result = SubmissionResult(submission=display, path=str(path), status=STATUS_GRADER_ERROR)
    result.message = f"the grading worker failed: {type(exc).__name__}"
    result.tests = [
        TestResult(t.name, t.points, 0.0, ERROR, "not run: the grader failed") for t in suite.tests
    ]
    return result


def grade_all(
    paths: Sequence[str | Path],
    suite: TestSuite,
    config: GradingConfig,
    workers: int = 1,
    progress: ProgressCallback | None = None,
) -> tuple[list[SubmissionResult], float]:
    """Grade every submission; returns results sorted by name and the total wall time."""
    items = [Path(p) for p in paths]
    names = display_names(items)
    start = time.monotonic()
    results: list[SubmissionResult] = []
    if workers <= 1 or len(items) <= 1:
        for path, name in zip(items, names, strict=True):
            try:
                res = grade_submission(path, name, suite, config)
            except Exception as exc:  # a grader bug must not stop the class's grading
                res = _crashed(path, name, suite, exc)
            results.append(res)
            if progress:
                progress(res)
    else:
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            futures = {
                pool.submit(grade_submission, path, name, suite, config): (path, name)
                for path, name in zip(items, names, strict=True)
            }
            for future in as_completed(futures):
                path, name = futures[future]
                try:
                    res = future.result()
                except Exception as exc:  # BrokenProcessPool, pickling errors...
                    res = _crashed(path, name, suite, exc)
                results.append(res)
                if progress:
                    progress(res)
    results.sort(key=lambda r: (r.submission, r.path))
    return results, time.monotonic() - start
