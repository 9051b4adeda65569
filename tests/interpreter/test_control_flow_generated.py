"""Generated differential test: control flow out of every nested construct pair.

``_control_flow_programs`` generates every pair of nested ``try``/``except``/
``except*``/``else``/``finally``/``with``/``async with``/``for``-``else``/
``while``-``else`` constructs (depth 2), with every exit kind at every position and
a family of two exits where a ``finally`` overrides the first one, as plain
functions, generators and coroutines.  CPython runs all
of them in one subprocess; the sandbox runs them cell by cell in one ``Session``;
each program's trace (the slots it went through, the value returned or the type of
the exception raised) must be identical, and a program CPython refuses with a
``SyntaxError`` must be refused by the sandbox with the same message and line.
Half the programs run with the compiler's specialisations on, half with them off
(``PYTHONBOX_COMPILER=generic``), alternating.
One test per (outer construct, slot, inner construct) group, so a failure names
the structures it concerns.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

import pytest
from _control_flow_programs import PRELUDE, Program, all_programs, group_of

PROGRAMS = all_programs()
GROUPS: dict[str, list[Program]] = defaultdict(list)
for _program in PROGRAMS:
    GROUPS[group_of(_program)].append(_program)
MAX_REPORTED = 25

# Runs in one CPython subprocess: reads {"prelude", "programs": [[id, source]...]}
# on stdin, writes {id: outcome} as JSON on stdout.  An outcome is the program's
# printed trace, or "SyntaxError: <msg> (line N)" when CPython refuses it.
_DRIVER = r"""
import contextlib
import io
import json
import sys
import traceback

job = json.load(sys.stdin)
ns = {"__name__": "__main__"}
exec(compile(job["prelude"], "<prelude>", "exec"), ns)
out = {}
for pid, source in job["programs"]:
    try:
        code = compile(source, pid, "exec", dont_inherit=True)
    except SyntaxError as e:
        out[pid] = f"SyntaxError: {e.msg} (line {e.lineno})"
        continue
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            exec(code, ns)
    except BaseException:
        buf.write("CRASH " + traceback.format_exc().splitlines()[-1])
    out[pid] = buf.getvalue()
sys.stdout.write(json.dumps(out))
"""


@pytest.fixture(scope="module")
def cpython_outcomes() -> dict[str, str]:
    """Every program's CPython outcome, from one subprocess."""
    job = {"prelude": PRELUDE, "programs": [[p.id, p.source] for p in PROGRAMS]}
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    with tempfile.TemporaryDirectory(prefix="pythonbox-control-flow-") as cwd:
        proc = subprocess.run(
            [sys.executable, "-c", _DRIVER], input=json.dumps(job), capture_output=True,
            text=True, encoding="utf-8", cwd=cwd, env=env, timeout=300, check=False,
        )
    if proc.returncode != 0:
        pytest.fail(f"the CPython driver failed (rc={proc.returncode}):\n{proc.stderr}")
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def sandboxes() -> dict:
    """One sandbox session per compiler mode, with the prelude run (each program
    redefines ``f``).  The mode is read when a session is created."""
    from interpreter import Policy, Session

    sessions = {}
    saved = os.environ.get("PYTHONBOX_COMPILER")
    try:
        for mode in sorted({p.compiler for p in PROGRAMS}):
            os.environ["PYTHONBOX_COMPILER"] = mode
            # Tight limits: a compiler bug that loops forever fails one program, fast.
            session = Session(Policy(timeout=5, max_operations=100_000))
            result = session.run_cell_sync(PRELUDE, "<prelude>")
            assert result.error is None, result.traceback
            sessions[mode] = session
    finally:
        if saved is None:
            os.environ.pop("PYTHONBOX_COMPILER", None)
        else:
            os.environ["PYTHONBOX_COMPILER"] = saved
    return sessions


def _sandbox_outcome(session, program: Program) -> str:
    result = session.run_cell_sync(program.source, program.id)
    err = result.error
    if err is None:
        return result.stdout
    if isinstance(err, SyntaxError):
        return f"SyntaxError: {err.msg} (line {err.lineno})"
    last = (result.traceback or repr(err)).strip().splitlines()[-1]
    return result.stdout + "CRASH " + last


def _first_difference(expected: str, actual: str) -> str:
    exp, act = expected.splitlines(), actual.splitlines()
    for i in range(max(len(exp), len(act))):
        e = exp[i] if i < len(exp) else "<nothing>"
        a = act[i] if i < len(act) else "<nothing>"
        if e != a:
            return f"    cpython: {e}\n    sandbox: {a}"
    return "    (differ only in line endings)"  # pragma: no cover


def test_generated_space():
    """The generator yields what the test claims to cover."""
    ids = [p.id for p in PROGRAMS]
    assert len(ids) == len(set(ids))
    assert len(GROUPS) == 276  # 25 outer slots x 11 inner constructs, + the bare raise
    kinds = {pid.split(" ", 1)[1].split("@")[0] for pid in ids if "@" in pid}
    assert {"return", "break", "continue", "raise", "reraise"} <= kinds
    assert any("+return@o.finally" in pid for pid in ids)
    assert any("+continue@i.finally" in pid for pid in ids)
    modes = {(p.id.endswith("]"), p.compiler) for p in PROGRAMS}
    assert len(modes) == 4  # plain and suspending programs, in both compiler modes


def test_cpython_refuses_exits_in_except_star(cpython_outcomes):
    """The refusals the sandbox must match do occur (and only where CPython says)."""
    refused = {pid for pid, out in cpython_outcomes.items() if out.startswith("SyntaxError")}
    assert refused
    for pid in refused:
        assert "except*" in pid, pid
        assert "except* block" in cpython_outcomes[pid], cpython_outcomes[pid]
    assert not any(out.startswith("CRASH") for out in cpython_outcomes.values())


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_control_flow_group(group: str, cpython_outcomes, sandboxes):
    failures = []
    for program in GROUPS[group]:
        expected = cpython_outcomes[program.id]
        actual = _sandbox_outcome(sandboxes[program.compiler], program)
        if actual != expected:
            failures.append(f"{program.id} ({program.compiler} compiler)\n"
                            f"{_first_difference(expected, actual)}")
    if failures:
        shown = "\n".join(failures[:MAX_REPORTED])
        more = len(failures) - MAX_REPORTED
        tail = f"\n... and {more} more" if more > 0 else ""
        pytest.fail(f"{len(failures)} of {len(GROUPS[group])} programs differ from "
                    f"CPython:\n{shown}{tail}", pytrace=False)
