"""The real kernel behind the Jupyter messaging protocol."""

from __future__ import annotations

import time

import pytest

from .conftest import Kernel


def test_kernel_info(kernel: Kernel) -> None:
    info = kernel.request("kernel_info")
    assert info["implementation"] == "pythonbox"
    lang = info["language_info"]
    assert lang["name"] == "python" and lang["mimetype"] == "text/x-python"
    assert lang["file_extension"] == ".py" and lang["pygments_lexer"] == "ipython3"
    assert lang["codemirror_mode"] == {"name": "ipython", "version": 3}
    assert lang["nbconvert_exporter"] == "python"
    assert "sandbox" in info["banner"] and "30 s" in info["banner"]


def test_state_persists_and_execute_result(kernel: Kernel) -> None:
    assert kernel.execute("import math\ndef area(r):\n    return math.pi * r * r").status == "ok"
    r = kernel.execute("round(area(2), 3)")
    assert r.status == "ok"
    assert r.of("execute_result")[0]["data"]["text/plain"] == "12.566"
    assert r.of("execute_result")[0]["execution_count"] == r.content["execution_count"]


def test_execution_count_counts_like_ipython(kernel: Kernel) -> None:
    a = kernel.execute("1").content["execution_count"]
    b = kernel.execute("2").content["execution_count"]
    assert b == a + 1


def test_trailing_semicolon_hides_result(kernel: Kernel) -> None:
    assert kernel.execute("41 + 1;").of("execute_result") == []


def test_print_streams_while_the_cell_runs(kernel: Kernel) -> None:
    r = kernel.execute("import time\nprint('first')\ntime.sleep(1.5)\nprint('second')")
    streams = [(t, c["text"]) for t, kind, c in r.messages if kind == "stream"]
    assert "".join(text for _, text in streams) == "first\nsecond\n"
    first_time = streams[0][0]
    assert r.reply_time - first_time >= 1.0, streams


def test_output_is_batched_and_ordered(kernel: Kernel) -> None:
    r = kernel.execute("for i in range(10000):\n    print(i)")
    assert r.stdout == "".join(f"{i}\n" for i in range(10000))
    assert 1 <= len(r.of("stream")) < 1000


def test_error_reply_and_traceback(kernel: Kernel) -> None:
    kernel.execute("def divide(a, b):\n    return a / b")
    r = kernel.execute("x = 1\ndivide(x, 0)")
    assert r.status == "error"
    assert r.content["ename"] == "ZeroDivisionError"
    assert r.content["evalue"] == "division by zero"
    error = r.of("error")[0]
    text = "\n".join(error["traceback"])
    assert "\x1b[" in text  # ANSI colour like IPython
    plain = _strip_ansi(text)
    assert "divide(x, 0)" in plain and "~~^~~" in plain and "return a / b" in plain
    assert "interpreter/" not in plain


def test_rich_results_and_display(kernel: Kernel) -> None:
    r = kernel.execute(
        "class Card:\n"
        "    def _repr_html_(self):\n        return '<b>ace</b>'\n"
        "    def _repr_markdown_(self):\n        return '**ace**'\n"
        "    def __repr__(self):\n        return 'Card()'\n"
        "display(Card(), 5)\nCard()")
    data = r.of("execute_result")[0]["data"]
    assert data == {"text/plain": "Card()", "text/html": "<b>ace</b>",
                    "text/markdown": "**ace**"}
    shown = [d["data"]["text/plain"] for d in r.of("display_data")]
    assert shown == ["Card()", "5"]


def test_top_level_await_and_tasks_across_cells(kernel: Kernel) -> None:
    r = kernel.execute("import asyncio\nlog = []\nasync def tick():\n"
                       "    await asyncio.sleep(0.2)\n    log.append('tick')\n"
                       "t = asyncio.create_task(tick())\nawait asyncio.sleep(0)\nlen(log)")
    assert r.of("execute_result")[0]["data"]["text/plain"] == "0"
    time.sleep(0.5)
    r = kernel.execute("await t\nlog")
    assert r.of("execute_result")[0]["data"]["text/plain"] == "['tick']"


def test_magics_are_refused(kernel: Kernel) -> None:
    for code in ("%timeit 1", "!ls", "x = 1\n%%time"):
        r = kernel.execute(code)
        assert r.status == "error" and "not available" in r.content["evalue"]


def test_security_errors_look_like_errors(kernel: Kernel) -> None:
    r = kernel.execute("import os")
    assert r.status == "error" and r.content["ename"] == "ForbiddenImportError"
    assert "'os'" in r.content["evalue"]
    r = kernel.execute("open('/etc/passwd').read()")
    assert r.status == "error" and r.content["ename"] == "SecurityError"


def test_input_without_stdin_is_a_clear_error(kernel: Kernel) -> None:
    r = kernel.execute("input('name? ')", allow_stdin=False)
    assert r.status == "error" and "input requests" in r.content["evalue"]


def test_input_request_roundtrip(kernel: Kernel) -> None:
    msg_id = kernel.kc.execute("name = input('name? ')\nname.upper()", allow_stdin=True)
    request = kernel.kc.get_stdin_msg(timeout=30)
    assert request["msg_type"] == "input_request"
    assert request["content"]["prompt"] == "name? "
    kernel.kc.input("ada")
    while True:
        reply = kernel.kc.get_shell_msg(timeout=30)
        if reply["parent_header"]["msg_id"] == msg_id:
            break
    assert reply["content"]["status"] == "ok"
    assert kernel.execute("name").of("execute_result")[0]["data"]["text/plain"] == "'ada'"


def test_complete_inspect_is_complete(kernel: Kernel) -> None:
    kernel.execute("class Account:\n    def __init__(self):\n        self._balance = 0\n"
                   "    def deposit(self, amount: int) -> None:\n        'Put money in.'\n"
                   "        self._balance += amount\n"
                   "    @property\n    def boom(self):\n        raise SystemExit\n"
                   "acct = Account()")
    c = kernel.request("complete", "acc", 3)
    assert "acct" in c["matches"] and c["cursor_start"] == 0
    c = kernel.request("complete", "acct.de", 7)
    assert c["matches"] == ["deposit"]
    c = kernel.request("complete", "acct.", 5)
    assert "boom" in c["matches"] and "deposit" in c["matches"]
    c = kernel.request("complete", "().__class__.__base__.__", 24)
    assert "__subclasses__" not in c["matches"]
    c = kernel.request("complete", "import js", 9)
    assert c["matches"] == ["json"]
    i = kernel.request("inspect", "acct.deposit(", 13)
    assert i["found"] and "deposit(amount: int) -> None" in i["data"]["text/plain"]
    assert "Put money in." in i["data"]["text/plain"]
    assert kernel.request("is_complete", "for i in range(3):") == {
        "status": "incomplete", "indent": "    "}
    assert kernel.request("is_complete", "x = 1")["status"] == "complete"
    assert kernel.request("is_complete", "x = = 1")["status"] == "invalid"


def test_history(kernel: Kernel) -> None:
    kernel.execute("history_marker = 7")
    tail = kernel.request("history", hist_access_type="tail", n=3)["history"]
    assert any("history_marker = 7" in entry[2] for entry in tail)
    found = kernel.request("history", hist_access_type="search", pattern="history_marker*")
    assert [e[2] for e in found["history"]] == ["history_marker = 7"]


def test_interrupt_stops_a_busy_loop_and_keeps_state(kernel: Kernel) -> None:
    kernel.execute("kept = 'still here'")
    msg_id = kernel.kc.execute("while True:\n    pass", stop_on_error=False)
    time.sleep(1.0)
    start = time.monotonic()
    kernel.km.interrupt_kernel()
    while True:
        reply = kernel.kc.get_shell_msg(timeout=10)
        if reply["parent_header"]["msg_id"] == msg_id:
            break
    assert time.monotonic() - start < 5
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    assert kernel.execute("kept").of("execute_result")[0]["data"]["text/plain"] == "'still here'"


def test_interrupt_stops_an_await(kernel: Kernel) -> None:
    msg_id = kernel.kc.execute("import asyncio\nawait asyncio.sleep(60)", stop_on_error=False)
    time.sleep(1.0)
    kernel.km.interrupt_kernel()
    while True:
        reply = kernel.kc.get_shell_msg(timeout=10)
        if reply["parent_header"]["msg_id"] == msg_id:
            break
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    assert kernel.execute("1 + 1").status == "ok"


def test_timeout_and_memory_limits_keep_state(strict_kernel: Kernel) -> None:
    strict_kernel.execute("saved = [1, 2, 3]")
    r = strict_kernel.execute("while True:\n    pass")
    assert r.status == "error" and r.content["ename"] == "TimeLimitExceeded"
    r = strict_kernel.execute("import asyncio\nawait asyncio.sleep(30)")
    assert r.status == "error" and r.content["ename"] == "TimeLimitExceeded"
    r = strict_kernel.execute("x = 'a' * (10 ** 10)")
    assert r.status == "error" and r.content["ename"] == "MemoryLimitExceeded"
    r = strict_kernel.execute("big = []\nwhile True:\n    big.append(' ' * 10**6)")
    assert r.status == "error" and r.content["ename"] in ("MemoryLimitExceeded",
                                                          "TimeLimitExceeded")
    r = strict_kernel.execute("print('y' * 100000)")
    assert "output truncated" in r.stdout and len(r.stdout) < 6000
    assert strict_kernel.execute("sum(saved)").of("execute_result")[0]["data"][
        "text/plain"] == "6"


def test_restart_gives_a_fresh_namespace(kernel_dirs: list[str]) -> None:
    k = Kernel("pythonbox-test", kernel_dirs)
    try:
        k.execute("secret = 1")
        k.km.restart_kernel(now=True)
        k.kc.wait_for_ready(timeout=60)
        k.drain()
        r = k.execute("secret")
        assert r.status == "error" and r.content["ename"] == "NameError"
    finally:
        k.shutdown()


@pytest.mark.parametrize("code", ["1/0", "import sys", "def f(:"])
def test_reply_fields_for_errors(kernel: Kernel, code: str) -> None:
    r = kernel.execute(code)
    assert r.status == "error"
    assert {"ename", "evalue", "traceback"} <= set(r.content)


def _strip_ansi(text: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def test_failing_repr_is_the_cells_error(strict_kernel: Kernel) -> None:
    r = strict_kernel.execute("class Bad:\n    def __repr__(self):\n        raise ValueError('no')\n"
                              "Bad()")
    assert r.status == "error" and r.content["ename"] == "ValueError"
    r = strict_kernel.execute("class Slow:\n    def __repr__(self):\n        while True:\n"
                              "            pass\nSlow()")
    assert r.status == "error" and r.content["ename"] == "TimeLimitExceeded"
    assert strict_kernel.execute("1 + 1").status == "ok"


def test_interrupt_stops_a_long_c_level_operation(kernel: Kernel) -> None:
    msg_id = kernel.kc.execute("x = 7 ** (10 ** 9)", stop_on_error=False)
    time.sleep(1.5)
    start = time.monotonic()
    kernel.km.interrupt_kernel()
    while True:
        reply = kernel.kc.get_shell_msg(timeout=15)
        if reply["parent_header"]["msg_id"] == msg_id:
            break
    assert time.monotonic() - start < 5
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    assert kernel.execute("1 + 1").status == "ok"
