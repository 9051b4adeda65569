"""The Jupyter project's own kernel conformance tests (jupyter_kernel_test)."""

from __future__ import annotations

import os
import tempfile
import unittest
from pathlib import Path

import jupyter_kernel_test

from pythonbox_kernel.install import install

_PREFIX = tempfile.mkdtemp(prefix="pythonbox-jkt-")


class PythonBoxKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "pythonbox-jkt"
    language_name = "python"
    file_extension = ".py"

    code_hello_world = "print('hello, world')"
    completion_samples = [
        {"text": "zi", "matches": {"zip"}},
        {"text": "import ma", "matches": {"math"}},
    ]
    complete_code_samples = ["1", "print('hello, world')", "def f(x):\n    return x\n"]
    incomplete_code_samples = ["print('''hello", "def f(x):", "for i in range(3):"]
    invalid_code_samples = ["x = = 1", "def f(:"]
    code_generate_error = "raise ValueError('bad')"
    code_execute_result = [
        {"code": "1+2", "result": "3"},
        {"code": "[x * 2 for x in range(3)]", "result": "[0, 2, 4]"},
        {"code": "import asyncio\nawait asyncio.sleep(0)\n'done'", "result": "'done'"},
    ]
    code_display_data = [
        {"code": "class H:\n    def _repr_html_(self):\n        return '<i>x</i>'\ndisplay(H())",
         "mime": "text/html"},
        {"code": "display(42)", "mime": "text/plain"},
    ]
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "1?2*"
    code_inspect_sample = "len"

    @classmethod
    def setUpClass(cls) -> None:
        install(cls.kernel_name, "PythonBox (conformance)", prefix=_PREFIX)
        os.environ["JUPYTER_PATH"] = str(Path(_PREFIX) / "share" / "jupyter") + os.pathsep + \
            os.environ.get("JUPYTER_PATH", "")
        super().setUpClass()


if __name__ == "__main__":
    unittest.main()
