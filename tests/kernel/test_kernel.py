"""The real kernel behind the Jupyter messaging protocol."""

from __future__ import annotations

import time

import pytest

from .conftest import Kernel, Reply


def test_kernel_info(kernel: Kernel) -> None:
    info = kernel.request("kernel_info")
    assert info["implementation"] == "pythonbox"
    lang = info["language_info"]
    assert lang["name"] == "python" and lang["mimetype"] == "text/x-python"
    assert lang["file_extension"] == ".py" and lang["pygments_lexer"] == "ipython3"
    assert lang["codemirror_mode"] == {"name": "ipython", "version": 3}
    assert lang["nbconvert_exporter"] == "python"
    assert "sandbox" in info["banner"] and "30 s" in info["banner"]
    assert info["pythonbox"]["isolation"] in ("process", "inprocess")
    assert "OS walls" in info["banner"]


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


def test_unsafe_magics_are_refused(kernel: Kernel) -> None:
    for code in ("%run x.py", "!ls", "%%bash\nls"):
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
        k.km.restart_kernel(now=False)  # a shutdown_request with restart=True, then a new process
        k.kc.wait_for_ready(timeout=60)
        k.drain()
        r = k.execute("secret")
        assert r.status == "error" and r.content["ename"] == "NameError"
    finally:
        k.shutdown()


@pytest.mark.parametrize("code", ["1/0", "import os", "def f(:"])
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


def test_print_streams_during_a_cpu_bound_loop(kernel: Kernel) -> None:
    r = kernel.execute("import time\nprint('first')\nt0 = time.monotonic()\n"
                       "while time.monotonic() - t0 < 1.5:\n    pass\nprint('second')")
    streams = [(t, c["text"]) for t, kind, c in r.messages if kind == "stream"]
    assert "".join(text for _, text in streams) == "first\nsecond\n"
    assert r.reply_time - streams[0][0] >= 1.0, streams


def test_print_arrives_within_about_100_ms(kernel: Kernel) -> None:
    r = kernel.execute("import time\nfor i in range(5):\n    print(time.time())\n"
                       "    t0 = time.monotonic()\n    while time.monotonic() - t0 < 0.3:\n"
                       "        pass")
    sent = [msg for msg in kernel_messages(r) if msg[1] == "stream"]
    lags = []
    for date, _, content in sent:
        for line in content["text"].split():
            lags.append(date - float(line))
    assert len(lags) == 5 and max(lags) < 0.25, lags


def kernel_messages(r: Reply) -> list[tuple[float, str, dict]]:
    """The reply's messages with the kernel's own send times (seconds since the epoch)."""
    return [(t + r.start, kind, content) for t, kind, content in r.messages]


@pytest.mark.timeout(60)
def test_completion_and_inspection_never_run_user_code(kernel: Kernel) -> None:
    kernel.execute("class Trap:\n    @property\n    def __dict__(self):\n        while True:\n"
                   "            pass\n    def __getattr__(self, name):\n        while True:\n"
                   "            pass\n    def __call__(self, q):\n        pass\n"
                   "    def visible(self):\n        pass\ntrap = Trap()")
    start = time.monotonic()
    assert kernel.request("complete", "trap.", 5)["matches"] == ["visible"]
    reply = kernel.request("inspect", "trap", 4)
    assert reply["found"] and "Signature: trap(q)" in reply["data"]["text/plain"]
    assert time.monotonic() - start < 5
    assert kernel.execute("1 + 1").status == "ok"


def test_percent_and_bang_in_ordinary_python_run(kernel: Kernel) -> None:
    r = kernel.execute('msg = ("%s items"\n       % 3)\nnote = """\n!important\n"""\nmsg')
    assert r.status == "ok"
    assert r.of("execute_result")[0]["data"]["text/plain"] == "'3 items'"


def test_help_syntax_pages(kernel: Kernel) -> None:
    r = kernel.execute("len?")
    assert r.status == "ok"
    (page,) = r.content["payload"]
    assert page["source"] == "page" and "Signature: len(obj, /)" in page["data"]["text/plain"]
    r = kernel.execute("no_such_name??")
    assert r.status == "ok" and r.stdout == "Object `no_such_name` not found.\n"
    r = kernel.execute("x = 1\nlen?")  # as IPython: pages inside a longer cell too
    assert r.status == "ok" and r.content["payload"][0]["source"] == "page"


def test_user_expressions(kernel: Kernel) -> None:
    r = kernel.execute("ue = 21", user_expressions={"double": "ue * 2", "bad": "1/0",
                                                    "statement": "x = 1"})
    found = r.content["user_expressions"]
    assert found["double"] == {"status": "ok", "data": {"text/plain": "42"}, "metadata": {}}
    assert found["bad"]["status"] == "error" and found["bad"]["ename"] == "ZeroDivisionError"
    assert found["statement"]["status"] == "error"
    assert found["statement"]["ename"] == "SyntaxError"


def test_silent_and_unstored_cells_leave_no_trace(kernel: Kernel) -> None:
    before = kernel.execute("'marker'").content["execution_count"]
    r = kernel.execute("silent_value = 3\nsilent_value", silent=True)
    assert r.of("execute_input") == [] and r.of("execute_result") == []
    r = kernel.execute("4", store_history=False)
    assert r.of("execute_result")[0]["data"]["text/plain"] == "4"
    after = kernel.execute("silent_value")
    assert after.content["execution_count"] == before + 1  # as IPython counts
    assert after.of("execute_result")[0]["data"]["text/plain"] == "3"
    history = kernel.request("history", hist_access_type="tail", n=50)["history"]
    sources = [entry[2] for entry in history]
    assert "silent_value = 3\nsilent_value" not in sources and "4" not in sources


def test_clear_output(kernel: Kernel) -> None:
    r = kernel.execute("print('old')\nclear_output(wait=True)\nprint('new')")
    kinds = [kind for _, kind, _ in r.messages if kind in ("stream", "clear_output")]
    assert kinds == ["stream", "clear_output", "stream"]
    assert r.of("clear_output") == [{"wait": True}]


def test_stdout_of_a_background_task_is_sent(kernel: Kernel) -> None:
    msg_id = kernel.kc.execute("import asyncio\nasync def later():\n"
                               "    await asyncio.sleep(0.3)\n    print('later!')\n"
                               "task = asyncio.create_task(later())")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        msg = kernel.kc.get_iopub_msg(timeout=10)
        if msg["msg_type"] == "stream" and msg["parent_header"].get("msg_id") == msg_id:
            assert msg["content"]["text"] == "later!\n"
            break
    else:
        pytest.fail("no output from the background task")
    kernel.drain()


def test_every_repr_method_makes_the_bundle(kernel: Kernel) -> None:
    r = kernel.execute(
        "class Rich:\n"
        "    def __repr__(self):\n        return 'Rich()'\n"
        "    def _repr_svg_(self):\n        return '<svg/>'\n"
        "    def _repr_png_(self):\n        return b'\\x89PNG'\n"
        "    def _repr_jpeg_(self):\n        return (b'JFIF', {'width': 3})\n"
        "    def _repr_json_(self):\n        return {'a': [1, 2]}\n"
        "    def _repr_latex_(self):\n        return '$x^2$'\n"
        "    def _repr_html_(self):\n        raise ValueError('broken')\n"
        "    def _repr_mimebundle_(self, include=None, exclude=None):\n"
        "        return {'text/csv': 'a,b'}, {'text/csv': {'sep': ','}}\n"
        "Rich()")
    result = r.of("execute_result")[0]
    assert result["data"] == {"text/plain": "Rich()", "image/svg+xml": "<svg/>",
                              "image/png": "iVBORw==", "image/jpeg": "SkZJRg==",
                              "application/json": {"a": [1, 2]}, "text/latex": "$x^2$",
                              "text/csv": "a,b"}
    assert result["metadata"] == {"image/jpeg": {"width": 3}, "text/csv": {"sep": ","}}


def test_shutdown_request(kernel_dirs: list[str]) -> None:
    k = Kernel("pythonbox-test", kernel_dirs)
    k.kc.stop_channels()
    start = time.monotonic()
    k.km.shutdown_kernel(now=False)  # a shutdown_request; the kernel exits by itself
    assert time.monotonic() - start < 10 and not k.km.is_alive()
