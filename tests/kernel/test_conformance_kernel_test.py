"""The Jupyter project's own kernel conformance tests (jupyter_kernel_test)."""

from __future__ import annotations

import os
import tempfile
import unittest
from pathlib import Path

import jupyter_kernel_test

from pythonbox_kernel.install import install

KERNEL_NAME = "pythonbox-jkt"
_PREFIX = tempfile.mkdtemp(prefix="pythonbox-jkt-")
_SAVED_PATH = os.environ.get("JUPYTER_PATH")


def setUpModule() -> None:
    """The spec installed by our own install command, found through JUPYTER_PATH."""
    install(KERNEL_NAME, "PythonBox (conformance)", prefix=_PREFIX)
    paths = [str(Path(_PREFIX) / "share" / "jupyter")]
    if _SAVED_PATH:
        paths.append(_SAVED_PATH)
    os.environ["JUPYTER_PATH"] = os.pathsep.join(paths)


def tearDownModule() -> None:
    if _SAVED_PATH is None:
        os.environ.pop("JUPYTER_PATH", None)
    else:
        os.environ["JUPYTER_PATH"] = _SAVED_PATH


class PythonBoxKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = KERNEL_NAME
    language_name = "python"
    file_extension = ".py"

    code_hello_world = "print('hello, world')"
    code_stderr = "import sys\nprint('to stderr', file=sys.stderr)"
    completion_samples = [
        {"text": "zi", "matches": {"zip"}},
        {"text": "import ma", "matches": {"math"}},
        {"text": "import math\nmath.sq", "matches": {"sqrt"}},
        {"text": "'abc'.up", "matches": {"upper"}},
    ]
    complete_code_samples = ["1", "print('hello, world')", "def f(x):\n    return x\n",
                             "await asyncio.sleep(0)"]
    incomplete_code_samples = ["print('''hello", "def f(x):", "for i in range(3):",
                               "x = [1,"]
    # ("def f(:" is incomplete for IPython's check_complete, as in the python3 kernel)
    invalid_code_samples = ["x = = 1", "x = )", "1 +* 2"]
    code_page_something = "len?"
    code_generate_error = "raise ValueError('bad')"
    code_execute_result = [
        {"code": "1+2", "result": "3"},
        {"code": "[x * 2 for x in range(3)]", "result": "[0, 2, 4]"},
        {"code": "import asyncio\nawait asyncio.sleep(0)\n'done'", "result": "'done'"},
        {"code": "class P:\n    def __repr__(self):\n        return 'P!'\nP()", "result": "P!"},
    ]
    code_display_data = [
        {"code": "class H:\n    def _repr_html_(self):\n        return '<i>x</i>'\ndisplay(H())",
         "mime": "text/html"},
        {"code": "class M:\n    def _repr_markdown_(self):\n        return '*m*'\ndisplay(M())",
         "mime": "text/markdown"},
        {"code": "display(42)", "mime": "text/plain"},
    ]
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "1?2*"
    code_inspect_sample = "len"
    code_clear_output = "from IPython.display import clear_output\nclear_output()"


class PythonBoxIopubWelcomeTests(jupyter_kernel_test.IopubWelcomeTests):
    kernel_name = KERNEL_NAME
    support_iopub_welcome = True


if __name__ == "__main__":
    unittest.main()
