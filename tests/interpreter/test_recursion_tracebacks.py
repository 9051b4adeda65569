"""Repeated frames collapse as CPython collapses them: a RecursionError's traceback is a
dozen lines, not 3,000.  Differential: the same file under CPython and the sandbox."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from interpreter import Session

ROOT = Path(__file__).resolve().parents[2]

PROGRAMS = {
    "recursion_error": """
        def down(n):
            return down(n + 1)


        down(0)
    """,
    "deep_raise": """
        def f(n):
            if n == 0:
                raise ValueError("bottom")
            return f(n - 1)


        f(50)
    """,
    "mutual_recursion_error": """
        def ping(n):
            return pong(n + 1)


        def pong(n):
            return ping(n + 1)


        ping(0)
    """,
    "mutual_raise": """
        def even(n):
            return True if n == 0 else odd(n - 1)


        def odd(n):
            if n == 0:
                raise LookupError(n)
            return even(n - 1)


        even(31)
    """,
    # runs of exactly the cutoff, one past it (singular "time"), then other frames
    "cutoff_edges": """
        def three(n):
            if n > 1:
                return three(n - 1)
            return four(5)


        def four(n):
            if n > 1:
                return four(n - 1)
            return 1 / 0


        three(4)
    """,
    "caught_then_chained": """
        def inner():
            return 1 / 0


        def outer():
            try:
                inner()
            except ZeroDivisionError as e:
                raise ValueError("outer") from e


        outer()
    """,
    "recursion_through_a_method": """
        class Node:
            def size(self):
                return 1 + self.size()


        try:
            Node().size()
        except RecursionError as e:
            raise TypeError("wrapped") from e
    """,
}


def _run(argv: list[str], path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*argv, str(path)], capture_output=True, text=True, timeout=120,
                          cwd=path.parent, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_traceback_matches_cpython(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.py"
    path.write_text(textwrap.dedent(PROGRAMS[name]).lstrip("\n"))
    expected = _run([sys.executable], path)
    got = _run([sys.executable, "-m", "interpreter"], path)
    assert expected.returncode == 1 and expected.stderr.startswith("Traceback")
    assert got.stderr == expected.stderr
    assert got.returncode == 1
    if name == "recursion_error":
        assert len(got.stderr.splitlines()) < 40
    if name == "mutual_recursion_error":  # CPython collapses only identical neighbours
        assert len(got.stderr.splitlines()) > 1000
    if name in ("recursion_error", "deep_raise", "cutoff_edges"):
        assert re.search(r"^  \[Previous line repeated \d+ more times?\]$", got.stderr, re.M)


def test_colour_traceback_collapses_too() -> None:
    session = Session()
    result = session.run_cell_sync("def f(n):\n    return f(n + 1)\nf(0)", "Cell In[1]")
    assert result.ename == "RecursionError"
    plain, colour = result.traceback, result.color_traceback
    assert plain is not None and colour is not None
    assert "\x1b[" in colour
    assert re.sub(r"\x1b\[[0-9;]*m", "", colour) == plain
    lines = plain.splitlines()
    assert len(lines) < 20
    repeated = [line for line in lines if line.startswith("  [Previous line repeated ")]
    assert len(repeated) == 1 and repeated[0].endswith(" more times]")
    assert sum(line == "  Cell In[1], line 2, in f" for line in lines) == 3
