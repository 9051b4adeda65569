"""nbclient runs a notebook on the installed kernel, errors captured as outputs."""

from __future__ import annotations

import nbformat
import pytest
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient


@pytest.mark.timeout(120)
def test_notebook_runs_with_errors_captured(kernel_dirs: list[str]) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in (
        "import math\nradius = 2\nprint('area', round(math.pi * radius ** 2, 2))",
        "class Badge:\n    def _repr_html_(self):\n        return '<b>ok</b>'\nBadge()",
        "radius / 0",
        "import os",
        "while True:\n    pass",  # the strict kernel's 2 s limit
        "name = input('name? ')",  # nbclient answers no input requests
        "radius * 10",
    )]
    km = KernelManager(kernel_name="pythonbox-strict",
                       kernel_spec_manager=KernelSpecManager(kernel_dirs=kernel_dirs))
    client = NotebookClient(nb, km=km, timeout=60, allow_errors=True)
    client.execute()
    outputs = [cell.outputs for cell in nb.cells]
    assert outputs[0] == [{"output_type": "stream", "name": "stdout", "text": "area 12.57\n"}]
    assert outputs[1][0]["output_type"] == "execute_result"
    assert outputs[1][0]["data"]["text/html"] == "<b>ok</b>"
    errors = [out[0]["ename"] if out and out[0]["output_type"] == "error" else None
              for out in outputs]
    assert errors[2:6] == ["ZeroDivisionError", "ForbiddenImportError", "TimeLimitExceeded",
                           "StdinNotImplementedError"]
    assert outputs[6][0]["data"]["text/plain"] == "20"
    assert [cell.execution_count for cell in nb.cells] == list(range(1, 8))
    assert nb.metadata["language_info"]["name"] == "python"
