"""The kernel's host-side helpers, without a kernel process: parsing, completion,
inspection, the install command and the shipped kernelspec."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import time
import tomllib
import zlib
from pathlib import Path

import pytest
from jupyter_client.kernelspec import KernelSpecManager

from interpreter import Policy, Session
from interpreter.completion import complete
from interpreter.inspection import inspect_reply
from pythonbox_kernel import cells
from pythonbox_kernel.config import SandboxSettings
from pythonbox_kernel.install import install, kernel_argv

ROOT = Path(__file__).resolve().parents[2]

# -- reading cells on the host ---------------------------------------------------------


@pytest.mark.parametrize(("code", "expected"), [
    ("%timeit 1", "get_ipython().run_line_magic('timeit', '1')\n"),
    ("x = 1\n%who", "x = 1\nget_ipython().run_line_magic('who', '')\n"),
    ("!ls", "get_ipython().system('ls')\n"),
    ("len?", "get_ipython().run_line_magic('pinfo', 'len')\n"),
    ("%%time\n%who\nx", "get_ipython().run_cell_magic('time', '', "
                         "\"get_ipython().run_line_magic('who', '')\\nx\\n\")\n"),
    ("\n\n%who\n1/0", "\n\nget_ipython().run_line_magic('who', '')\n1/0\n"),
    # ordinary Python that merely starts a line with % or !: unchanged
    ('msg = ("%s items"\n       % 3)', 'msg = ("%s items"\n       % 3)'),
    ('s = """\n%d things\n!important\n"""', 's = """\n%d things\n!important\n"""'),
    ("x = = 1", "x = = 1"),
    ("await f()", "await f()"),
])
def test_transform(code: str, expected: str) -> None:
    """IPython's transforms, as text; each line stays where it was."""
    out = cells.transform(code)
    assert out == expected
    assert len(out.rstrip("\n").splitlines()) <= len(code.splitlines())


def test_is_complete_finishes_an_indented_block() -> None:
    """python3 answers complete here (jupyter console ends the block with Enter); the
    whole table is compared with ipykernel in tests/kernel/test_magics.py."""
    assert cells.is_complete("def f(x):\n    return x * x\n    ") == ("complete", "")
    assert cells.is_complete("for i in range(3):") == ("incomplete", "    ")


@pytest.mark.parametrize(("code", "hidden"), [
    ("1 + 1;", True), ("x = 1\nx;  # hide", True), ("1 + 1", False),
    ("s = 'a;'\ns", False), ("for i in []:\n    pass;\n", True),
])
def test_ends_with_semicolon(code: str, hidden: bool) -> None:
    assert cells.ends_with_semicolon(code) is hidden


# -- completion and inspection never run user code ---------------------------------------

HOSTILE = '''
class Trap:
    "A class whose every dynamic hook loops forever."
    @property
    def __dict__(self):
        while True:
            pass
    def __getattr__(self, name):
        while True:
            pass
    @property
    def __class__(self):
        while True:
            pass
    @property
    def __doc__(self):
        while True:
            pass
    def __call__(self, q, *, r=1):
        pass
    def visible(self):
        pass
trap = Trap()
class Meta(type):
    def __getattr__(cls, name):
        while True:
            pass
class Built(metaclass=Meta):
    def __init__(self, a, b=2):
        pass
class Account:
    """A bank account."""
    def __init__(self):
        self._balance = 0
        self.owner = "ada"
    def deposit(self, amount: int) -> None:
        "Put money in."
    @property
    def boom(self):
        raise SystemExit
acct = Account()
import math
'''


@pytest.fixture(scope="module")
def session() -> Session:
    s = Session(Policy(timeout=5))
    result = s.run_cell_sync(HOSTILE, "Cell In[1]")
    assert result.error is None, result.traceback
    return s


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("code", "expected", "absent"), [
    ("trap.", {"visible"}, set()),
    ("trap._", {"__call__"}, set()),
    ("Built.", set(), set()),
    ("acct.", {"boom", "deposit", "owner"}, {"_balance"}),
    ("acct._", {"_balance", "__init__"}, {"__globals__"}),
    ("math.sq", {"sqrt"}, set()),
    ("().__class__.__base__.__", set(), {"__subclasses__"}),
    ("acct.deposit.__", set(), {"__globals__", "__code__", "__closure__"}),
    ("import ma", {"math"}, set()),
    ("from da", {"dataclasses", "datetime"}, set()),
    ("pri", {"print"}, set()),
    ("acc", {"acct"}, {"Account"}),
    ("Acc", {"Account"}, set()),
    ("x = 1\nwh", {"while"}, set()),
    # names bound by the cell's own imports, before it runs; allowed modules only
    ("import json as j\nj.lo", {"load", "loads"}, set()),
    ("from itertools import (chain, count as cnt)\nchain.from", {"from_iterable"}, set()),
    ("import collections.abc\ncollections.abc.Seq", {"Sequence"}, set()),
    ("import os\nos.pa", set(), {"path"}),
    # attributes of literals
    ("'abc'.up", {"upper"}, set()),
    ("b'abc'.dec", {"decode"}, set()),
    ("[].app", {"append"}, set()),
])
def test_completion_is_static_and_guarded(session: Session, code: str, expected: set[str],
                                          absent: set[str]) -> None:
    start = time.monotonic()
    reply = complete(session, code, len(code))
    assert time.monotonic() - start < 1
    assert reply["status"] == "ok" and reply["cursor_end"] == len(code)
    assert expected <= set(reply["matches"]), reply["matches"]
    assert not absent & set(reply["matches"])


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("code", "lines"), [
    ("trap", ["Signature: trap(q, *, r=1)", "Type:      Trap"]),
    ("Built(", ["Signature: Built(a, b=2)", "Type:      Meta"]),
    ("acct.deposit", ["Signature: acct.deposit(amount: int) -> None", "Put money in."]),
    ("acct.boom", ["Type:      property"]),
    ("acct.owner", ["String form: 'ada'", "Type:      str"]),
    ("acct", ["Type:      Account", "A bank account."]),
    ("Account", ["Signature: Account()", "A bank account."]),
    ("math", ["Type:      module"]),
    ("print(", ["Signature: print(*args, sep=' ', end='\\n', file=None, flush=False)"]),
    ("len", ["Signature: len(obj, /)"]),
])
def test_inspection_is_static(session: Session, code: str, lines: list[str]) -> None:
    start = time.monotonic()
    reply = inspect_reply(session, code, len(code), 0)
    assert time.monotonic() - start < 1
    assert reply["found"], code
    text = reply["data"]["text/plain"]
    for line in lines:
        assert line in text.splitlines(), text


@pytest.mark.parametrize("code", ["nothing_here", "acct.deposit.__globals__", "", "1 + "])
def test_inspection_not_found(session: Session, code: str) -> None:
    assert inspect_reply(session, code, len(code), 0)["found"] is False


# -- settings, the install command and the shipped kernelspec -----------------------------


def test_settings_map_to_the_policy() -> None:
    settings = SandboxSettings(allowed_modules=["math"], timeout=None, max_memory_mb=64,
                               max_operations=99, max_recursion_depth=50,
                               max_output_bytes=10, os_restrictions=True)
    policy = settings.policy()
    assert policy.allowed_modules == ("math",) and policy.timeout is None
    assert (policy.max_memory_mb, policy.max_operations, policy.max_recursion_depth,
            policy.max_output_bytes, policy.os_restrictions) == (64, 99, 50, 10, True)


def test_kernel_argv_uses_this_python() -> None:
    argv = kernel_argv({"timeout": 5.0, "allowed_modules": ["math", "re"], "max_operations": None})
    assert argv[:5] == [sys.executable, "-m", "pythonbox_kernel", "-f", "{connection_file}"]
    assert argv[5:] == ['--PythonBoxKernel.timeout=5.0',
                        '--PythonBoxKernel.allowed_modules=["math", "re"]']


def test_install_command_line(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "pythonbox_kernel", "install", "--prefix", str(tmp_path),
         "--name", "pythonbox-exam", "--display-name", "PythonBox (exam)",
         "--allowed-modules", "math, random", "--timeout", "10", "--max-memory-mb", "256",
         "--max-operations", "none", "--max-output-bytes", "2000", "--os-restrictions"],
        capture_output=True, text=True, check=True, timeout=60)
    assert "pythonbox-exam" in out.stdout
    kernels = tmp_path / "share" / "jupyter" / "kernels"
    specs = KernelSpecManager(kernel_dirs=[str(kernels)]).get_all_specs()
    spec = specs["pythonbox-exam"]["spec"]
    assert spec["display_name"] == "PythonBox (exam)"
    assert spec["language"] == "python" and spec["interrupt_mode"] == "signal"
    assert spec["argv"][:5] == [sys.executable, "-m", "pythonbox_kernel", "-f",
                                "{connection_file}"]
    assert set(spec["argv"][5:]) == {
        '--PythonBoxKernel.allowed_modules=["math", "random"]',
        "--PythonBoxKernel.timeout=10.0", "--PythonBoxKernel.max_memory_mb=256",
        "--PythonBoxKernel.max_operations=None", "--PythonBoxKernel.max_output_bytes=2000",
        "--PythonBoxKernel.os_restrictions=True"}
    files = {p.name for p in (kernels / "pythonbox-exam").iterdir()}
    assert files == {"kernel.json", "logo-32x32.png", "logo-64x64.png", "logo-svg.svg"}


def test_install_rejects_a_negative_limit(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "pythonbox_kernel", "install", "--prefix",
                          str(tmp_path), "--timeout", "-1"], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode != 0 and "negative" in out.stderr


def test_install_default_name(tmp_path: Path) -> None:
    path = install(prefix=str(tmp_path))
    assert Path(path).name == "pythonbox"
    spec = json.loads((Path(path) / "kernel.json").read_text())
    assert spec["display_name"] == "PythonBox"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    # every chunk's CRC is right, and the image data inflates
    pos, idat = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        chunk = data[pos + 4:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert zlib.crc32(chunk) == crc
        if chunk[:4] == b"IDAT":
            idat += chunk[4:]
        pos += 12 + length
    assert zlib.decompress(idat)
    return width, height


def test_shipped_kernelspec() -> None:
    spec_dir = ROOT / "kernelspec"
    spec = json.loads((spec_dir / "kernel.json").read_text())
    # "python" is what jupyter_client and VS Code map to the environment's own Python
    assert spec["argv"] == ["python", "-m", "pythonbox_kernel", "-f", "{connection_file}"]
    assert spec["display_name"] == "PythonBox" and spec["language"] == "python"
    assert spec["interrupt_mode"] == "signal"
    assert _png_size(spec_dir / "logo-32x32.png") == (32, 32)
    assert _png_size(spec_dir / "logo-64x64.png") == (64, 64)
    assert (spec_dir / "logo-svg.svg").read_text().lstrip().startswith("<svg")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    shared = pyproject["tool"]["setuptools"]["data-files"]["share/jupyter/kernels/pythonbox"]
    assert sorted(shared) == sorted(f"kernelspec/{p.name}" for p in spec_dir.iterdir())
