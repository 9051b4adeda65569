"""Differential conformance tests: CPython vs. the PythonBox interpreter.

Every ``*.py`` file under ``tests/interpreter/programs/`` is a small,
deterministic program.  Each one is run by CPython (the reference) and by the
sandbox (``interpreter.execute``); the printed output must be identical and
the sandbox must not report an error.

The CPython side is computed once per session for all selected programs: two
driver subprocesses (``sys.executable``, ``PYTHONHASHSEED=0``, cwd = a temp
dir) split the programs between them.  Where ``os.fork`` is available a driver
forks a fresh child per program (so the interpreter start-up cost is paid
twice, not once per program); otherwise it starts one subprocess per program.
Each program gets its own 60 s limit.
"""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

PROGRAMS_DIR = Path(__file__).parent / "programs"
PROGRAMS = sorted(PROGRAMS_DIR.rglob("*.py"))
PROGRAM_IDS = [p.relative_to(PROGRAMS_DIR).as_posix() for p in PROGRAMS]

TIMEOUT = 60
CPYTHON_WORKERS = 2

# Runs inside each driver subprocess.  Reads a JSON list of absolute program
# paths on stdin and writes {path: {"stdout", "stderr", "returncode"}} as JSON
# on stdout.
_DRIVER = r"""
import json
import os
import runpy
import signal
import subprocess
import sys
import tempfile
import traceback

TIMEOUT = int(sys.argv[1])


def _read(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        return fh.read()


def run_forked(path):
    out_fd, out_path = tempfile.mkstemp(suffix=".out")
    err_fd, err_path = tempfile.mkstemp(suffix=".err")
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # child: run the program as __main__, output to the temp files
        code = 1
        try:
            os.dup2(out_fd, 1)
            os.dup2(err_fd, 2)
            sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
            sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
            sys.argv = [path]
            sys.path[0] = os.path.dirname(path)
            signal.alarm(TIMEOUT)
            runpy.run_path(path, run_name="__main__")
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:
            traceback.print_exc()
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)
    os.close(out_fd)
    os.close(err_fd)
    _, status = os.waitpid(pid, 0)
    try:
        stdout, stderr = _read(out_path), _read(err_path)
    finally:
        os.unlink(out_path)
        os.unlink(err_path)
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGALRM:
            stderr += f"\n[timed out after {TIMEOUT} s]"
        return {"stdout": stdout, "stderr": stderr, "returncode": -sig}
    return {"stdout": stdout, "stderr": stderr, "returncode": os.WEXITSTATUS(status)}


def run_subprocess(path):
    try:
        proc = subprocess.run(
            [sys.executable, path], capture_output=True, text=True,
            encoding="utf-8", errors="replace", timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return {"stdout": "", "stderr": f"[timed out after {TIMEOUT} s]", "returncode": -1}
    return {"stdout": proc.stdout, "stderr": proc.stderr, "returncode": proc.returncode}


run = run_forked if hasattr(os, "fork") else run_subprocess
paths = json.load(sys.stdin)
results = {p: run(p) for p in paths}
sys.stdout.write(json.dumps(results))
"""


def _run_cpython_chunk(paths: list[str]) -> dict[str, dict]:
    """Run ``paths`` in one CPython driver subprocess; return results by path."""
    if not paths:
        return {}
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    with tempfile.TemporaryDirectory(prefix="pythonbox-conformance-") as cwd:
        try:
            proc = subprocess.run(
                [sys.executable, "-c", _DRIVER, str(TIMEOUT)],
                input=json.dumps(paths),
                capture_output=True,
                text=True,
                encoding="utf-8",
                cwd=cwd,
                env=env,
                timeout=TIMEOUT * (len(paths) + 1),
            )
        except subprocess.TimeoutExpired:
            failure = {"stdout": "", "stderr": "CPython driver timed out", "returncode": -1}
            return {p: failure for p in paths}
    try:
        return json.loads(proc.stdout)
    except ValueError:
        failure = {
            "stdout": "",
            "stderr": f"CPython driver failed (rc={proc.returncode}):\n{proc.stderr}",
            "returncode": -1,
        }
        return {p: failure for p in paths}


@pytest.fixture(scope="session")
def cpython_results(request) -> dict[str, dict]:
    """Expected outputs for every selected program, computed in one go."""
    selected = [
        item.callspec.params["program"]
        for item in request.session.items
        if getattr(item, "originalname", None) == "test_conformance"
        and hasattr(item, "callspec")
        and "program" in item.callspec.params
    ]
    paths = sorted({str(p) for p in selected}) or [str(p) for p in PROGRAMS]
    chunks = [paths[i::CPYTHON_WORKERS] for i in range(CPYTHON_WORKERS)]
    results: dict[str, dict] = {}
    with ThreadPoolExecutor(max_workers=CPYTHON_WORKERS) as pool:
        for chunk_result in pool.map(_run_cpython_chunk, chunks):
            results.update(chunk_result)
    return results


@pytest.fixture(scope="session")
def interpreter_module():
    try:
        import interpreter
    except Exception as exc:  # the package is under active development
        pytest.fail(f"cannot import the interpreter package: {type(exc).__name__}: {exc}")
    return interpreter


def _diff(expected: str, actual: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile="cpython",
        tofile="sandbox",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def test_program_count():
    assert len(PROGRAMS) >= 260, f"only {len(PROGRAMS)} conformance programs found"


#: Every program runs with the compiler's specialisations on and off, so that every
#: fast path is tested against the generic path, and the generic path against CPython.
COMPILER_MODES = ("specialised", "generic")


@pytest.mark.parametrize("mode", COMPILER_MODES)
@pytest.mark.parametrize("program", PROGRAMS, ids=PROGRAM_IDS)
def test_conformance(program: Path, mode: str, cpython_results, interpreter_module,
                     monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PYTHONBOX_COMPILER", mode)
    relpath = program.relative_to(PROGRAMS_DIR)
    reference = cpython_results[str(program)]
    if reference["returncode"] != 0 or reference["stderr"]:
        pytest.fail(
            f"corpus program {relpath} does not run cleanly in CPython "
            f"(rc={reference['returncode']}):\n{reference['stderr']}"
        )
    expected = reference["stdout"]

    source = program.read_text(encoding="utf-8")
    res = interpreter_module.execute(
        source, timeout=TIMEOUT, echo_stdout=False, filename=str(relpath)
    )
    actual = res.stdout if res.stdout is not None else ""

    # pytest.fail (rather than a bare assert) so long diffs are not truncated.
    if res.error is not None:
        pytest.fail(
            f"sandbox reported an error for {relpath}:\n{res.error}\n"
            f"--- output diff so far ---\n{_diff(expected, actual)}",
            pytrace=False,
        )
    if actual != expected:
        pytest.fail(f"output differs for {relpath}:\n{_diff(expected, actual)}", pytrace=False)
