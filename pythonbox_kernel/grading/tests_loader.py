"""Read the instructor's tests from a ``.py`` file of named blocks or from a notebook.

Format (the same inside a notebook's code cells)::

    # %% setup
    import math                     # hidden helper code, run before the tests

    # %% test: mean of a list [points=2, timeout=5]
    assert mean([1, 2, 3, 4]) == 2.5, "mean([1, 2, 3, 4]) should be 2.5"

A test passes when its block runs without an exception; an ``AssertionError`` makes it
*failed* with the assertion's message, any other exception makes it *error*.  Code
before the first header (other than a docstring) counts as setup.  In a notebook a
code cell without any header is setup too, and a cell may instead carry
``metadata.pythonbox = {"test": NAME, "points": P}``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat

from .model import TestSpec, TestSuite

HEADER_RE = re.compile(
    r"^#\s*%%\s*(?:(?P<setup>setup)|test\s*:?\s*(?P<name>[^\[\]]*?))\s*"
    r"(?:\[(?P<opts>[^\]]*)\])?\s*$",
    re.IGNORECASE,
)
_POINTS_RE = re.compile(r"^(?P<n>\d+(?:\.\d+)?)\s*(?:points?|pts?)?$", re.IGNORECASE)


class TestsFormatError(ValueError):
    """The instructor's tests file cannot be understood."""

    __test__ = False  # not a pytest test class


def _parse_options(opts: str, where: str) -> tuple[float, float | None]:
    points, timeout = 1.0, None
    for raw in filter(None, (part.strip() for part in opts.split(","))):
        key, sep, value = raw.partition("=")
        key, value = key.strip().lower(), value.strip()
        try:
            if not sep:
                match = _POINTS_RE.match(raw)
                if not match:
                    raise ValueError(raw)
                points = float(match["n"])
            elif key in ("points", "pts", "point"):
                points = float(value)
            elif key == "timeout":
                timeout = float(value)
            else:
                raise TestsFormatError(f"{where}: unknown test option {key!r}")
        except ValueError as exc:
            if isinstance(exc, TestsFormatError):
                raise
            raise TestsFormatError(f"{where}: cannot read test option {raw!r}") from None
    if points < 0:
        raise TestsFormatError(f"{where}: points must not be negative")
    return points, timeout


def _only_docstring(code: str) -> bool:
    """True when the code does nothing (blank, comments, a docstring)."""
    try:
        body = ast.parse(code).body
    except SyntaxError:
        return False
    return all(isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) for node in body)


def parse_blocks(source: str, where: str) -> tuple[list[str], list[TestSpec]]:
    """Split source text at ``# %%`` headers into setup blocks and tests."""
    setup: list[str] = []
    tests: list[TestSpec] = []
    kind, name, points, timeout, lineno = "setup", "", 1.0, None, 1
    body: list[str] = []

    def flush() -> None:
        code = "\n".join(body).strip("\n")
        if kind == "test":
            if not code.strip():
                raise TestsFormatError(f"{where}:{lineno}: test {name!r} has no code")
            tests.append(TestSpec(name=name, source=code + "\n", points=points, timeout=timeout))
        elif code.strip() and not _only_docstring(code):
            setup.append(code + "\n")

    for number, line in enumerate(source.splitlines(), start=1):
        match = HEADER_RE.match(line.strip()) if line.lstrip().startswith("#") else None
        if match is None:
            body.append(line)
            continue
        flush()
        body, lineno = [], number
        if match["setup"]:
            kind, name, points, timeout = "setup", "", 1.0, None
        else:
            name = (match["name"] or "").strip()
            if not name:
                raise TestsFormatError(f"{where}:{number}: a test header needs a name")
            kind = "test"
            points, timeout = _parse_options(match["opts"] or "", f"{where}:{number}")
    flush()
    return setup, tests


def _from_notebook(path: Path) -> tuple[list[str], list[TestSpec]]:
    nb = nbformat.read(str(path), as_version=4)
    setup: list[str] = []
    tests: list[TestSpec] = []
    for index, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code" or not cell.source.strip():
            continue
        meta = cell.metadata.get("pythonbox", {})
        where = f"{path.name} cell {index}"
        if isinstance(meta, dict) and meta.get("test"):
            points = float(meta.get("points", 1))
            timeout = meta.get("timeout")
            tests.append(
                TestSpec(
                    name=str(meta["test"]),
                    source=cell.source.rstrip("\n") + "\n",
                    points=points,
                    timeout=float(timeout) if timeout is not None else None,
                )
            )
            continue
        cell_setup, cell_tests = parse_blocks(cell.source, where)
        setup.extend(cell_setup)
        tests.extend(cell_tests)
    return setup, tests


def load_tests(path: str | Path) -> TestSuite:
    """Load a test suite from ``.py`` or ``.ipynb``; raises TestsFormatError if unusable."""
    path = Path(path)
    if not path.is_file():
        raise TestsFormatError(f"{path}: no such tests file")
    if path.suffix == ".ipynb":
        try:
            setup, tests = _from_notebook(path)
        except (OSError, ValueError) as exc:
            if isinstance(exc, TestsFormatError):
                raise
            raise TestsFormatError(f"{path}: not a readable notebook ({exc})") from None
    else:
        setup, tests = parse_blocks(path.read_text(encoding="utf-8"), path.name)
    if not tests:
        raise TestsFormatError(f"{path}: no tests found (expected '# %% test: NAME' headers)")
    names = [t.name for t in tests]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise TestsFormatError(f"{path}: duplicate test names: {', '.join(duplicates)}")
    return TestSuite(tests=tuple(tests), setup=tuple(setup), source_path=str(path))
