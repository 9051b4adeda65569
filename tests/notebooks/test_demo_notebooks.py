"""Every demo notebook in notebooks/ runs on the kernel with the outputs its cells expect."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from nbtest_support import NOTEBOOKS, check_cell, run_notebook

DEMOS = sorted(NOTEBOOKS.glob("*.ipynb"))
ALL_NOTEBOOKS = [p for p in sorted(NOTEBOOKS.rglob("*.ipynb")) if p.name != "judy.ipynb"]


def test_the_demo_notebooks_exist() -> None:
    names = {p.stem for p in DEMOS}
    assert {"tour", "async", "security", "limits", "codeact_agent", "intro_course"} <= names


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: str(p.relative_to(NOTEBOOKS)))
def test_stored_without_outputs(path: Path) -> None:
    nb = nbformat.read(str(path), as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "pythonbox"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, path.name
            expect = cell.metadata.get("pythonbox_test", {})
            if "error" in expect:  # so that "Run All" in JupyterLab carries on past it
                assert "raises-exception" in cell.metadata.get("tags", []), cell.source


def test_broken_submission_is_really_broken() -> None:
    with pytest.raises(json.JSONDecodeError):
        json.loads((NOTEBOOKS / "grading" / "submissions" / "judy.ipynb").read_text())


@pytest.mark.parametrize("path", DEMOS, ids=lambda p: p.stem)
def test_demo_notebook_outputs(path: Path, kernel_name: str) -> None:
    runs = run_notebook(path, kernel_name)
    assert runs, "no code cells ran"
    problems = [p for run in runs for p in check_cell(run)]
    assert not problems, "\n".join(problems)
