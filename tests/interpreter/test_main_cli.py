"""``python -m interpreter FILE``: behaves as ``python FILE`` where it can (arguments,
stdin, exit statuses, the one-line error for a missing file, top-level ``await``)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    return {"PYTHONPATH": str(ROOT), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}


def sandbox(*argv: str, stdin: str | None = "", cwd: Path | None = None
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "interpreter", *argv], input=stdin,
                          capture_output=True, text=True, timeout=120, env=_env(), cwd=cwd)


def cpython(*argv: str, stdin: str | None = "", cwd: Path | None = None
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *argv], input=stdin, capture_output=True,
                          text=True, timeout=120, env=_env(), cwd=cwd)


def script(tmp_path: Path, source: str, name: str = "prog.py") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(source).lstrip("\n"))
    return path


def test_input_reads_stdin_as_cpython(tmp_path: Path) -> None:
    path = script(tmp_path, """
        name = input("name? ")
        count = int(input())
        for i in range(count):
            print(i, name.upper())
    """)
    expected = cpython(str(path), stdin="ada\n3\n")
    got = sandbox(str(path), stdin="ada\n3\n")
    assert expected.stdout == "name? 0 ADA\n1 ADA\n2 ADA\n"
    assert (got.returncode, got.stdout, got.stderr) == (0, expected.stdout, "")


def test_end_of_input_is_eoferror_as_cpython(tmp_path: Path) -> None:
    path = script(tmp_path, """
        first = input()
        print("got", first)
        input("more? ")
    """)
    expected = cpython(str(path), stdin="only line\n")
    got = sandbox(str(path), stdin="only line\n")
    assert expected.returncode == got.returncode == 1
    assert got.stdout == expected.stdout == "got only line\nmore? "
    assert got.stderr == expected.stderr
    assert got.stderr.endswith("EOFError: EOF when reading a line\n")


def test_error_exits_1_with_the_traceback(tmp_path: Path) -> None:
    path = script(tmp_path, """
        def mean(values):
            return sum(values) / len(values)


        print("before")
        mean([])
    """)
    expected, got = cpython(str(path)), sandbox(str(path))
    assert (got.returncode, got.stdout, got.stderr) == (
        1, "before\n", expected.stderr)
    assert got.stderr.startswith("Traceback (most recent call last):\n")


def test_missing_file_is_one_line_and_status_2(tmp_path: Path) -> None:
    expected = cpython("no_such_file.py", cwd=tmp_path)
    got = sandbox("no_such_file.py", cwd=tmp_path)
    assert expected.returncode == got.returncode == 2
    message = f"can't open file '{tmp_path / 'no_such_file.py'}': [Errno 2] No such file or directory\n"
    assert expected.stderr.endswith(": " + message)
    assert got.stderr == "python -m interpreter: " + message
    assert got.stdout == ""


@pytest.mark.parametrize("statement", [
    "await asyncio.sleep(0)",
    "async for x in source():\n    pass",
    "async with lock:\n    pass",
])
def test_top_level_await_in_a_file_is_cpythons_syntax_error(tmp_path: Path,
                                                           statement: str) -> None:
    path = tmp_path / "prog.py"
    path.write_text(f"import asyncio\nprint('never runs')\n{statement}\n")
    expected, got = cpython(str(path)), sandbox(str(path))
    assert expected.returncode == got.returncode == 1
    assert got.stdout == expected.stdout == ""
    assert got.stderr == expected.stderr
    assert "SyntaxError: " in got.stderr and "outside" in got.stderr


def test_await_inside_async_functions_still_runs(tmp_path: Path) -> None:
    path = script(tmp_path, """
        import asyncio


        async def main():
            await asyncio.sleep(0)
            return "done"


        print(asyncio.run(main()))
    """)
    got = sandbox(str(path))
    assert (got.returncode, got.stdout, got.stderr) == (0, "done\n", "")


def test_script_arguments_are_the_scripts(tmp_path: Path) -> None:
    """Everything after FILE belongs to the script, options included, as for python."""
    path = script(tmp_path, "print('ran')\n")
    got = sandbox(str(path), "--timeout", "x", "-v", "data.csv")
    assert (got.returncode, got.stdout, got.stderr) == (0, "ran\n", "")


def test_limits_from_the_command_line(tmp_path: Path) -> None:
    loop = script(tmp_path, "n = 0\nwhile True:\n    n += 1\n", "loop.py")
    got = sandbox("--timeout", "0.5", str(loop))
    assert got.returncode == 1 and "TimeLimitExceeded" in got.stderr
    got = sandbox("--max-operations", "10000", "--timeout", "none", str(loop))
    assert got.returncode == 1 and "OperationLimitExceeded" in got.stderr
    big = script(tmp_path, "data = bytearray(400 * 1024 * 1024)\nprint(len(data))\n", "big.py")
    got = sandbox("--max-memory-mb", "200", str(big))
    assert got.returncode == 1 and "MemoryLimitExceeded" in got.stderr
    got = sandbox("--max-memory-mb", "none", "--max-operations", "none", str(big))
    assert (got.returncode, got.stdout) == (0, f"{400 * 1024 * 1024}\n")
    got = sandbox("--timeout", "-1", str(loop))
    assert got.returncode == 2 and "cannot be negative" in got.stderr


def test_sys_argv_is_the_scripts(tmp_path: Path) -> None:
    script(tmp_path, """
        import sys
        print(sys.argv)
        print(len(sys.argv[1:]), "arguments")
    """)
    expected = cpython("prog.py", "-v", "--timeout", "5", "data.csv", cwd=tmp_path)
    got = sandbox("prog.py", "-v", "--timeout", "5", "data.csv", cwd=tmp_path)
    if "ForbiddenImportError" in got.stderr:
        pytest.skip("this sandbox offers no sys module (the stdlib work adds it)")
    assert expected.stdout == "['prog.py', '-v', '--timeout', '5', 'data.csv']\n4 arguments\n"
    assert (got.returncode, got.stdout, got.stderr) == (0, expected.stdout, "")


@pytest.mark.parametrize(("ending", "status"), [
    ("sys.exit(3)", 3), ("sys.exit()", 0), ("sys.exit(None)", 0), ("raise SystemExit(0)", 0),
    ("sys.exit('bye: a message')", 1), ("sys.exit(True)", 1), ("sys.exit(256 + 7)", 7),
])
def test_sys_exit_ends_with_its_status_as_cpython(tmp_path: Path, ending: str,
                                                  status: int) -> None:
    path = script(tmp_path, f"import sys\nprint('before')\n{ending}\nprint('after')\n")
    expected, got = cpython(str(path)), sandbox(str(path))
    if "ForbiddenImportError" in got.stderr:
        pytest.skip("this sandbox offers no sys module")
    assert expected.returncode == status
    assert (got.returncode, got.stdout, got.stderr) == (
        status, expected.stdout, expected.stderr)


def test_stderr_and_warnings_go_to_stderr_as_cpython(tmp_path: Path) -> None:
    path = script(tmp_path, """
        import sys
        import warnings
        print("out 1")
        print("err 1", file=sys.stderr)
        for _ in range(3):
            warnings.warn("shown once per location")
        sys.stderr.write("err 2\\n")
    """)
    expected, got = cpython(str(path)), sandbox(str(path))
    if "ForbiddenImportError" in got.stderr:
        pytest.skip("this sandbox offers no sys module")
    assert "UserWarning: shown once per location" in expected.stderr
    assert (got.returncode, got.stdout, got.stderr) == (0, expected.stdout, expected.stderr)
