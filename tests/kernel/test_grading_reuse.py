"""Grading reuses one jailed kernel: each submission gets a fresh session forked from
the kernel's template, and nothing of one submission reaches the next."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from pythonbox_kernel.grading import grade_all, load_tests
from pythonbox_kernel.grading.kernels import POOL
from pythonbox_kernel.grading.model import GradingConfig

TESTS = (
    "# %% test: fresh [points=1]\nassert 'leak' not in globals(), 'a variable leaked'\n"
    "# %% test: scratch [points=1]\nassert f() == 7\n"
)


def _notebook(path: Path, source: str) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell(source))
    nbformat.write(nb, str(path))
    return path


@pytest.mark.timeout(300)
def test_submissions_share_a_kernel_but_not_a_session(tmp_path: Path) -> None:
    tests = tmp_path / "tests.py"
    tests.write_text(TESTS)
    first = _notebook(tmp_path / "a.ipynb", "leak = 1\ndef f():\n    return 7")
    crash = _notebook(tmp_path / "b.ipynb", "import itertools\nleak = sum(itertools.count())")
    second = _notebook(tmp_path / "c.ipynb", "def f():\n    return 7")
    config = GradingConfig(kernel_name="pythonbox", timeout=3, interrupt_grace=3)
    starts = POOL.starts
    results, _ = grade_all([first, crash, second], load_tests(tests), config, workers=1)
    by = {r.student: r for r in results}
    assert [t.verdict for t in by["a"].tests] == ["failed", "passed"]
    assert by["b"].status == "ok" and by["b"].cells[0].ename == "TimeLimitExceeded"
    assert [t.verdict for t in by["c"].tests] == ["passed", "passed"]
    assert POOL.starts - starts == 1, "one kernel process served all three"
    assert POOL.resets >= 2
