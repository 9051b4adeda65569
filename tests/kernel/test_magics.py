"""IPython syntax through jupyter_client: the allowed magics, ``obj?``, the output
history, exit/quit, refused magics and is_complete -- compared with the real python3
kernel (ipykernel) wherever the output does not depend on the machine."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest

from .conftest import Kernel, Reply

pytestmark = pytest.mark.timeout(300, method="thread")

TIME = r"[\d.e+-]+ (?:s|ms|µs|ns)"
CPU_WALL = re.compile(rf"CPU times: user {TIME}, sys: {TIME}, total: {TIME}\n"
                      rf"Wall time: {TIME}\n")
TIMEIT = re.compile(rf"{TIME} ± {TIME} per loop \(mean ± std\. dev\. of (\d+) runs?, "
                    r"([\d,]+) loops? each\)\n")


@pytest.fixture(scope="module")
def python3(kernel_dirs: list[str]) -> Iterator[Kernel]:
    """The real ipykernel, the reference for what the output must look like."""
    k = Kernel("python3", kernel_dirs)
    yield k
    k.shutdown()


def shape(text: str) -> str:
    """Output with the measured numbers (which differ from run to run) taken out."""
    text = re.sub(r"The slowest run took .*\n", "", text)
    return re.sub(TIME, "<t>", text)


def stderr(r: Reply) -> str:
    return "".join(c["text"] for c in r.of("stream") if c["name"] == "stderr")


def plain(r: Reply) -> str | None:
    results = r.of("execute_result")
    return results[0]["data"]["text/plain"] if results else None


def both(kernel: Kernel, python3: Kernel, code: str) -> tuple[Reply, Reply]:
    return kernel.execute(code), python3.execute(code)


# -- %time and %timeit -------------------------------------------------------------------

def test_time_formats_and_values(kernel: Kernel) -> None:
    r = kernel.execute("%time total = sum(range(1000))")
    assert r.status == "ok" and CPU_WALL.fullmatch(r.stdout), r.stdout
    assert plain(r) is None
    r = kernel.execute("%time total + 1")
    assert CPU_WALL.fullmatch(r.stdout) and plain(r) == "499501"
    r = kernel.execute("%%time\ny = 2\ny * 3")
    assert CPU_WALL.fullmatch(r.stdout) and plain(r) == "6"
    r = kernel.execute("%%time\n%who_ls int")  # the body's IPython syntax is transformed
    assert plain(r) == "['total', 'y']"


@pytest.mark.parametrize("code", [
    "%time 1 + 1", "%time zz = 5", "%%time\nyy = 2\nyy * 3", "%time 'a'.upper()",
    "%timeit -n 10 -r 3 zz + 1", "%timeit -n 1 -r 1 pass", "%timeit -r1 -n5 zz * 2",
    "%%timeit -n 5 -r 2 acc = []\nacc.append(1)",
    "r = %timeit -o -q -n 2 -r 2 pass\nr.loops, r.repeat, len(r.all_runs)",
])
def test_time_and_timeit_output_shape_as_ipykernel(kernel: Kernel, python3: Kernel,
                                                    code: str) -> None:
    ours, theirs = both(kernel, python3, code)
    assert ours.status == theirs.status == "ok", (ours.content, ours.messages)
    assert shape(ours.stdout) == shape(theirs.stdout), (ours.stdout, theirs.stdout)
    assert plain(ours) == plain(theirs)


def test_timeit_chooses_the_loop_count_as_ipython(kernel: Kernel) -> None:
    r = kernel.execute("%timeit sum(range(10))")
    match = TIMEIT.fullmatch(r.stdout)
    assert match, r.stdout
    runs, loops = int(match.group(1)), int(match.group(2).replace(",", ""))
    assert runs == 7 and str(loops).strip("0") == "1"  # a power of ten
    r = kernel.execute("t = %timeit -o -q sum(range(10))\nt.loops, 0.2 <= t.loops * t.best")
    assert plain(r) is not None and plain(r).endswith("True)"), r.messages


def test_timeit_statement_is_local_to_the_timer_as_in_ipython(kernel: Kernel) -> None:
    kernel.execute("w = 1")
    r = kernel.execute("%timeit -n 3 -r 1 w = 2\nw")
    assert plain(r) == "1"  # the statement assigned a local of the timer function
    r = kernel.execute("%timeit -n 1 -r 1 undefined_name_xyz")
    assert r.status == "error" and r.content["ename"] == "NameError"


def test_timeit_runs_under_the_cells_limits(strict_kernel: Kernel) -> None:
    r = strict_kernel.execute("%timeit -n 1 -r 1 while True: pass", timeout=60)
    assert r.status == "error" and "Limit" in r.content["ename"], r.content
    r = strict_kernel.execute("%time 1 + 1")
    assert r.status == "ok"


def test_errors_in_timed_code_point_at_their_lines(kernel: Kernel) -> None:
    r = kernel.execute("%time 1/0")
    assert r.status == "error" and r.content["ename"] == "ZeroDivisionError"
    text = "\n".join(r.content["traceback"])
    assert "<timed eval>" in text
    r = kernel.execute("\n\nx_line = 1\n%time y_line = 2\n1/0")
    text = re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(r.content["traceback"]))
    assert "line 5" in text  # the transform keeps the lines


# -- the namespace -----------------------------------------------------------------------

WHO_CELLS = ["%reset -f", "%who", "%whos", "%who_ls",
             "zz = [1,2]\nclass Foo: pass\nf=Foo()\ns='a'*100\nx=5\ny=2.5\nd={'k': 1}\n"
             "t=(1,)\nlong_name_for_a_variable = 'v\\nw'",
             "%who", "%whos", "%who int", "%who int float", "%who_ls", "%who_ls str",
             "%who complex", "%whos complex", "%reset -f", "%who", "%who_ls"]


def test_who_whos_who_ls_reset_as_ipykernel(kernel: Kernel, python3: Kernel) -> None:
    for code in WHO_CELLS:
        ours, theirs = both(kernel, python3, code)
        assert ours.status == theirs.status == "ok", (code, ours.content)
        address = r" at 0x[0-9a-f]+"
        assert re.sub(address, "", ours.stdout) == re.sub(address, "", theirs.stdout), code
        assert plain(ours) == plain(theirs), code


def test_reset_asks_without_f(kernel: Kernel) -> None:
    kernel.execute("keep_me = 1")
    r = kernel.execute("%reset", allow_stdin=False)
    assert r.status == "error"  # it needs an answer, and there is no stdin here
    assert plain(kernel.execute("keep_me")) == "1"


# -- display settings --------------------------------------------------------------------

@pytest.mark.parametrize("code", [
    "%precision 3", "3.14159265", "%precision %.1e", "2.5", "%precision", "3.14159265",
    "%pprint", "%pprint", "%xmode Plain", "%xmode Verbose", "%xmode Context",
    '%config InlineBackend.figure_format = "svg"', "%foo", "%%foo\nx", "%bash",
])
def test_settings_and_unknown_magics_as_ipykernel(kernel: Kernel, python3: Kernel,
                                                  code: str) -> None:
    ours, theirs = both(kernel, python3, code)
    assert ours.status == theirs.status, (code, ours.content, theirs.content)
    assert ours.stdout == theirs.stdout and stderr(ours) == stderr(theirs), code
    assert plain(ours) == plain(theirs), code
    assert ours.content.get("ename") == theirs.content.get("ename")


def test_matplotlib_inline_is_a_no_op(kernel: Kernel) -> None:
    r = kernel.execute("%matplotlib inline")
    assert r.status == "ok" and r.stdout == "" and not r.of("error")
    r = kernel.execute("%matplotlib qt")
    assert r.status == "error" and "%matplotlib qt" in stderr(r)


def test_load_ext_is_a_clear_error(kernel: Kernel) -> None:
    r = kernel.execute("%load_ext autoreload")
    assert r.status == "error" and r.content["ename"] == "UsageError"
    assert stderr(r).startswith("UsageError: `%load_ext autoreload`")
    assert "extensions are host code" in stderr(r)


# -- refused magics ----------------------------------------------------------------------

@pytest.mark.parametrize(("code", "named"), [
    ("!ls", "`!ls`"), ("files = !ls", "`!ls`"), ("%run script.py", "`%run`"),
    ("%%bash\nls", "`%%bash`"), ("%env", "`%env`"), ("%cd /", "`%cd`"),
    ("%load x.py", "`%load`"), ("%%writefile f.txt\nhello", "`%%writefile`"),
    ("%pip install requests", "`%pip`"), ("%system ls", "`%system`"),
    ("%%script bash\nls", "`%%script`"), ("%sx ls", "`%sx`"),
    ("for i in range(2):\n    !echo hi", "`!echo hi`"),
])
def test_refused_magics_name_themselves(kernel: Kernel, code: str, named: str) -> None:
    r = kernel.execute(code)
    assert r.status == "error" and r.content["ename"] == "UsageError"
    (line,) = stderr(r).splitlines()
    assert line.startswith("UsageError: ") and named in line, line
    assert "not available in the PythonBox sandbox" in line
    assert not r.of("error")  # as IPython: one line on stderr, no traceback


def test_python_that_only_looks_like_magics_runs(kernel: Kernel) -> None:
    r = kernel.execute("x = (10\n    % 3)\ns = '''\n!ls\n%time\n'''\nx, s")
    assert plain(r) == "(1, '\\n!ls\\n%time\\n')"


# -- obj? --------------------------------------------------------------------------------

@pytest.mark.parametrize(("code", "name", "detail"), [
    ("len?", "len", 0), ("?len", "len", 0), ("len??", "len", 1), ("??len", "len", 1),
    ("import math\nmath.sqrt?", "math.sqrt", 0), ("def sq(v):\n    return v*v\nsq??", "sq", 1),
])
def test_help_syntax_pages_the_inspection(kernel: Kernel, code: str, name: str,
                                          detail: int) -> None:
    r = kernel.execute(code)
    assert r.status == "ok"
    (page,) = r.content["payload"]
    reply = kernel.request("inspect", name, len(name), detail)
    assert page == {"source": "page", "data": reply["data"], "start": 0}


def test_help_syntax_of_unknown_name(kernel: Kernel, python3: Kernel) -> None:
    ours, theirs = both(kernel, python3, "no_such_name??")
    assert ours.stdout == theirs.stdout == "Object `no_such_name` not found.\n"
    assert ours.content["payload"] == theirs.content["payload"] == []


# -- the output history -----------------------------------------------------------------

def _history_cells(count: int) -> list[str]:
    c = count
    return ["'first'", "x_h = 5", "'second'", "None", "'third';", "'fourth'",
            f"print(repr((_, __, ___, _{c}, _{c + 2}, Out[{c + 5}], {c + 1} in Out, "
            f"{c + 3} in Out, {c + 4} in Out)))",
            f"print(repr((_ii, _iii, _i{c}, In[{c + 1}], In[0])))",
            "%time 7 * 6", f"print(repr((_{c + 8}, In[{c + 8}], _i{c + 8})))",
            "_ = 'mine'", "'fifth'", "_, __", "del _, __, ___", "'sixth'", "_"]


def test_output_history_as_ipykernel(kernel: Kernel, kernel_dirs: list[str]) -> None:
    seen = []
    python3 = Kernel("python3", kernel_dirs)  # fresh: an exit cell leaves its In misaligned
    try:
        for k in (kernel, python3):
            count = k.execute("pass").content["execution_count"] + 1
            replies = [k.execute(code) for code in _history_cells(count)]
            for r in replies:
                assert r.status == "ok", r.content
            seen.append([shape(r.stdout) + str(plain(r)) for r in replies])
    finally:
        python3.shutdown()
    assert seen[0] == seen[1]


def test_store_history_false_stores_nothing(kernel: Kernel) -> None:
    before = plain(kernel.execute("len(In), len(Out)"))
    r = kernel.execute("'not kept'", store_history=False)
    assert plain(r) == "'not kept'"
    after = plain(kernel.execute("len(In) - 1, len(Out) - 1"))
    assert before == after
    assert plain(kernel.execute("_ != 'not kept'")) == "True"


def test_history_names_are_not_variables(kernel: Kernel) -> None:
    r = kernel.execute("'x'\n%who_ls")
    assert "In" not in str(plain(r)) and "Out" not in str(plain(r))


# -- exit and quit -----------------------------------------------------------------------

@pytest.mark.parametrize("code", ["exit", "quit()", "print('bye')\nexit()"])
def test_exit_ends_the_kernel_as_ipykernel(kernel_dirs: list[str], kernel: Kernel,
                                           code: str) -> None:
    name = kernel.km.kernel_name
    for kernel_name in (name, "python3"):
        k = Kernel(kernel_name, kernel_dirs)
        try:
            r = k.execute(code)
            assert r.status == "ok" and plain(r) is None
            assert r.content["payload"] == [{"source": "ask_exit", "keepkernel": False}]
            assert r.stdout == ("bye\n" if "print" in code else "")
            deadline = time.monotonic() + 30
            while k.km.is_alive() and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not k.km.is_alive(), f"{kernel_name} did not end after {code!r}"
        finally:
            k.shutdown()


def test_exit_keep_kernel(kernel: Kernel, python3: Kernel) -> None:
    ours, theirs = both(kernel, python3, "exit(keep_kernel=True)")
    assert ours.content["payload"] == theirs.content["payload"] == [
        {"source": "ask_exit", "keepkernel": True}]
    assert plain(kernel.execute("1 + 1")) == "2"  # still there


# -- is_complete -------------------------------------------------------------------------

IS_COMPLETE = [
    "x = 1", "def f(x):\n    return x * x\n    ", "def f(x):\n    return x * x\n",
    "def f(x):", "for i in range(3):\n    print(i)", "if x:\n    y = 1",
    "class A:\n    def f(self):", "print('''hello", "x = (1,", "x = = 1", "def f(:",
    "await asyncio.sleep(0)", "%time x", "%%time\nfor i in range(3):", "len?",
    "x = [1,\n     2,", "@decorator", "try:\n    pass\nexcept E:", "", "a = 1 \\",
]


def test_is_complete_as_ipykernel(kernel: Kernel, python3: Kernel) -> None:
    ours = [kernel.request("is_complete", code) for code in IS_COMPLETE]
    theirs = [python3.request("is_complete", code) for code in IS_COMPLETE]
    assert ours == theirs
    assert ours[1] == {"status": "complete"}
