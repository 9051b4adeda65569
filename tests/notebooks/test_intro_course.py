"""notebooks/intro_course.ipynb gives the same outputs on PythonBox as on ipykernel.

The notebook is what a first Python course writes (strings, lists, dicts, a function
and a class, ``csv`` on ``io.StringIO``, ``pprint``, ``textwrap``, ``%timeit``,
``help``, ``_``/``Out``, stderr, ``warnings``, ``IPython.display``, ``unittest``).  It
runs top to bottom on both kernels and every code cell must give the same stdout and
stderr text and the same ``execute_result``/``display_data`` bundles, in the same order.

Only what no two runs share is normalised: object addresses, ``%timeit``'s timings,
``unittest``'s run time, and the name of the cell's file (ipykernel names it
``/tmp/ipykernel_<pid>/<hash of the source>.py``; PythonBox, as documented in the
README, ``Cell In[N]``; the line number is kept and compared).  Stream messages are
compared per stream as the concatenated text, because ipykernel cuts the same text into
different messages and does not order stdout against stderr.

Left out of the notebook, because PythonBox differs there (not fixed here, see the
issue notes): an ``execute_result``'s ``text/plain`` is ``repr()``, where IPython uses
``IPython.lib.pretty`` -- containers longer than 79 characters are not broken over
lines, sets are not sorted, an object with the default ``__repr__`` reads
``<__main__.Point object at 0x...>`` instead of ``<__main__.Point at 0x...>`` (which is
why neither ``p`` nor ``unittest.main(...)`` is a cell's last expression), a class
reads ``<class '__main__.Point'>`` instead of ``__main__.Point`` and a function
``<function f at 0x...>`` instead of ``<function __main__.f(x)>``.  Sets of strings are
avoided in printed output too, but for another reason: their order follows the
per-process string hash on both kernels.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from nbtest_support import NOTEBOOKS, CellRun, has_kernel, run_notebook

NOTEBOOK = NOTEBOOKS / "intro_course.ipynb"
REFERENCE_KERNEL = "python3"

_ADDRESS = re.compile(r"\b0x[0-9a-f]+\b")
_TIME = r"[0-9.]+ (?:ns|µs|us|ms|s|min|h)"
_TIMEIT = re.compile(rf"^{_TIME} ± {_TIME} per loop", re.M)
_TIMEIT_SLOW = re.compile(r"^The slowest run took .*\n", re.M)  # only when a run was slow
_UNITTEST_RAN = re.compile(r"^(Ran \d+ tests?) in [0-9.]+s$", re.M)
_IPYKERNEL_FILE = r"\S*ipykernel_\d+[/\\]\d+\.py"
_CELL_FRAME = re.compile(rf'^(\s*)(?:File "{_IPYKERNEL_FILE}"|Cell In\[\d+\]), line (\d+)', re.M)
_CELL_WARNING = re.compile(rf"^(?:{_IPYKERNEL_FILE}:(\d+)|Cell In\[\d+\], line (\d+)):", re.M)


def normalise(text: str) -> str:
    """``text`` with only the parts that differ between any two runs replaced."""
    text = _ADDRESS.sub("0x<address>", text)
    text = _TIMEIT_SLOW.sub("", text)
    text = _TIMEIT.sub("<time> ± <time> per loop", text)
    text = _UNITTEST_RAN.sub(r"\1 in <seconds>s", text)
    text = _CELL_FRAME.sub(r"\1<cell>, line \2", text)
    return _CELL_WARNING.sub(lambda m: f"<cell>, line {m.group(1) or m.group(2)}:", text)


def _normalise_data(value: Any) -> Any:
    if isinstance(value, str):
        return normalise(value)
    if isinstance(value, list):
        return [_normalise_data(v) for v in value]
    if isinstance(value, dict):
        return {k: _normalise_data(v) for k, v in value.items()}
    return value


def signature(run: CellRun) -> dict[str, Any]:
    """What a cell showed, normalised: its two streams and its other outputs in order."""
    streams = {"stdout": "", "stderr": ""}
    shown: list[tuple[str, Any]] = []
    for out in run.outputs:
        kind = out["output_type"]
        if kind == "stream":
            streams[out["name"]] += out["text"]
        elif kind in ("execute_result", "display_data"):
            shown.append((kind, _normalise_data(dict(out["data"]))))
        elif kind == "error":
            shown.append((kind, (out["ename"], normalise(out["evalue"]))))
    return {"stdout": normalise(streams["stdout"]), "stderr": normalise(streams["stderr"]),
            "outputs": shown}


@pytest.fixture(scope="module")
def both_runs(kernel_name: str) -> tuple[list[CellRun], list[CellRun]]:
    if not has_kernel(REFERENCE_KERNEL):
        pytest.fail(f"no Jupyter kernel named {REFERENCE_KERNEL!r} (ipykernel) to compare with")
    return run_notebook(NOTEBOOK, kernel_name), run_notebook(NOTEBOOK, REFERENCE_KERNEL)


def test_same_outputs_as_ipykernel(both_runs: tuple[list[CellRun], list[CellRun]]) -> None:
    ours, reference = both_runs
    assert [r.index for r in ours] == [r.index for r in reference]
    problems = []
    for mine, theirs in zip(ours, reference, strict=True):
        got, want = signature(mine), signature(theirs)
        for part in ("stdout", "stderr", "outputs"):
            if got[part] != want[part]:
                first = mine.source.strip().splitlines()[0][:60]
                problems.append(f"cell {mine.index + 1} ({first!r}) {part}:\n"
                                f"  pythonbox: {got[part]!r}\n  python3:   {want[part]!r}")
    assert not problems, "\n".join(problems)


def test_every_cell_shows_something(both_runs: tuple[list[CellRun], list[CellRun]]) -> None:
    """An empty cell would compare equal on any kernel; each one here must show output."""
    ours, reference = both_runs
    for mine, theirs in zip(ours, reference, strict=True):
        assert mine.outputs and theirs.outputs, mine.source


def test_the_course_covers_what_it_promises(
        both_runs: tuple[list[CellRun], list[CellRun]]) -> None:
    ours, _ = both_runs
    everything = [signature(r) for r in ours]
    stdout = "".join(s["stdout"] for s in everything)
    stderr = "".join(s["stderr"] for s in everything)
    kinds = [kind for s in everything for kind, _ in s["outputs"]]
    mimes = {m for s in everything for kind, data in s["outputs"]
             if kind == "display_data" for m in data}
    assert "<time> ± <time> per loop (mean ± std. dev. of 3 runs, 20 loops each)" in stdout
    assert "Help on function grade in module __main__:" in stdout
    assert "something went wrong\nanother line\n" in stderr
    assert "<cell>, line 5: UserWarning: average of an empty list is 0" in stderr
    assert "Ran 4 tests in <seconds>s\n\nOK" in stderr
    assert "AssertionError: 'C' != 'B'" in stderr and "FAILED (failures=1)" in stderr
    assert "name,score,city\r\nAda,95,London\r\n" in stdout
    assert {"text/markdown", "text/html"} <= mimes
    assert "error" not in kinds


@pytest.mark.parametrize(("a", "b"), [
    ("12.9 µs ± 71.5 ns per loop (mean ± std. dev. of 3 runs, 20 loops each)",
     "40 ms ± 2.03 µs per loop (mean ± std. dev. of 3 runs, 20 loops each)"),
    ("<__main__.Point object at 0x7f53da5be010>", "<__main__.Point object at 0x7f84fc11e1d0>"),
    ("Ran 4 tests in 0.002s\n", "Ran 4 tests in 0.013s\n"),
    ('  File "/tmp/ipykernel_23201/85184424.py", line 5, in test_letters',
     "  Cell In[22], line 5, in test_letters"),
    ("/tmp/ipykernel_27040/1428058594.py:5: UserWarning: x", "Cell In[19], line 5: UserWarning: x"),
])
def test_normalise_hides_what_varies(a: str, b: str) -> None:
    assert normalise(a) == normalise(b) and a != b


@pytest.mark.parametrize(("a", "b"), [
    ("1.0 µs ± 2 ns per loop (mean ± std. dev. of 3 runs, 20 loops each)",
     "1.0 µs ± 2 ns per loop (mean ± std. dev. of 7 runs, 20 loops each)"),
    ("Ran 4 tests in 0.002s", "Ran 5 tests in 0.002s"),
    ("Cell In[22], line 5, in test_letters", "Cell In[22], line 6, in test_letters"),
    ("Cell In[19], line 5: UserWarning: x", "Cell In[19], line 5: DeprecationWarning: x"),
    ("<__main__.Point object at 0x7f53>", "<__main__.Point at 0x7f53>"),
    ("took 0.002s", "took 0.003s"),
])
def test_normalise_keeps_what_must_match(a: str, b: str) -> None:
    assert normalise(a) != normalise(b)
