"""sys, stderr, warnings, help and IPython.display through the Python API.

Each test runs real cells in a real ``Session`` and checks the exact events the session
sends out (``Session(on_event=...)``, Jupyter iopub content) and ``CellResult``.
"""

from __future__ import annotations

import base64
import sys as host_sys
import warnings as host_warnings
from typing import Any

import pytest

from interpreter import Policy, Session
from interpreter.errors import (
    ForbiddenAttributeError,
    LimitExceeded,
    SecurityError,
)

Event = tuple[str, dict[str, Any]]


class Recorder:
    """A session whose events are kept, cell by cell."""

    def __init__(self, **policy: Any) -> None:
        self.events: list[Event] = []
        self.session = Session(Policy(**policy) if policy else None,
                               on_event=lambda t, c: self.events.append((t, c)))
        self.count = 0

    def run(self, code: str, name: str | None = None) -> Any:
        self.count += 1
        self.events.clear()
        return self.session.run_cell_sync(code, name=name or f"Cell In[{self.count}]")

    def ok(self, code: str, name: str | None = None) -> Any:
        cell = self.run(code, name)
        assert cell.error is None, cell.traceback
        return cell

    def streams(self, name: str) -> str:
        return "".join(c["text"] for t, c in self.events if t == "stream" and c["name"] == name)

    def others(self) -> list[Event]:
        return [(t, c) for t, c in self.events if t != "stream"]


@pytest.fixture
def rec() -> Recorder:
    return Recorder()


# -- stderr ---------------------------------------------------------------------------


def test_print_to_stderr_is_a_stderr_stream_event(rec: Recorder) -> None:
    cell = rec.ok("import sys\nprint('out')\nprint('bad', 1, file=sys.stderr)\n"
                  "n = sys.stderr.write('raw\\n')\nprint(n)")
    assert rec.events == [
        ("stream", {"name": "stdout", "text": "out\n"}),
        ("stream", {"name": "stderr", "text": "bad"}),
        ("stream", {"name": "stderr", "text": " "}),
        ("stream", {"name": "stderr", "text": "1"}),
        ("stream", {"name": "stderr", "text": "\n"}),
        ("stream", {"name": "stderr", "text": "raw\n"}),
        ("stream", {"name": "stdout", "text": "4\n"}),
    ]
    assert cell.stdout == "out\n4\n" and cell.stderr == "bad 1\nraw\n"


def test_output_limit_counts_both_streams() -> None:
    rec = Recorder(max_output_bytes=30)
    cell = rec.ok("import sys\nfor i in range(10):\n    print('0123456789')\n"
                  "    print('x' * 10, file=sys.stderr)")
    total = cell.stdout + cell.stderr
    assert "[output truncated: exceeded max_output_bytes=30]" in total
    assert len((cell.stdout + cell.stderr).replace(
        "\n[output truncated: exceeded max_output_bytes=30]\n", "")) <= 30


def test_stderr_of_one_cell_does_not_leak_into_the_next(rec: Recorder) -> None:
    rec.ok("import sys\nprint('first', file=sys.stderr)")
    cell = rec.ok("print('second')")
    assert cell.stderr == "" and cell.stdout == "second\n"


def test_redirect_stdout_and_stderr_capture_in_the_sandbox(rec: Recorder) -> None:
    cell = rec.ok("import io, sys\nfrom contextlib import redirect_stdout, redirect_stderr\n"
                  "a, b = io.StringIO(), io.StringIO()\n"
                  "with redirect_stdout(a), redirect_stderr(b):\n"
                  "    print('hidden')\n    print('err', file=sys.stderr)\n"
                  "print(repr(a.getvalue()), repr(b.getvalue()))")
    assert cell.stdout == "'hidden\\n' 'err\\n'\n" and cell.stderr == ""
    assert host_sys.stdout is host_sys.__stdout__ or host_sys.stdout is not None


def test_a_cell_ending_inside_a_redirect_does_not_swallow_later_output(rec: Recorder) -> None:
    rec.ok("import io\nfrom contextlib import redirect_stdout\n"
           "r = redirect_stdout(io.StringIO())\nr.__enter__()\nprint('captured')")
    assert rec.ok("print('visible')").stdout == "visible\n"


# -- sys --------------------------------------------------------------------------------


def test_sys_offers_read_only_facts(rec: Recorder) -> None:
    cell = rec.ok("import sys\n(sys.version, sys.version_info[:2], sys.platform, sys.maxsize,"
                  " sys.byteorder, sys.float_info.max, sys.int_info.bits_per_digit,"
                  " sys.hash_info.width, sys.implementation.name, sys.argv,"
                  " sys.getrecursionlimit(), sys.getsizeof(1))")
    assert cell.value == (host_sys.version, host_sys.version_info[:2], host_sys.platform,
                          host_sys.maxsize, host_sys.byteorder, host_sys.float_info.max,
                          host_sys.int_info.bits_per_digit, host_sys.hash_info.width,
                          host_sys.implementation.name, [""], 1000, host_sys.getsizeof(1))


def test_getrecursionlimit_is_the_sandbox_depth() -> None:
    rec = Recorder(max_recursion_depth=123)
    assert rec.ok("import sys\nsys.getrecursionlimit()").value == 123


@pytest.mark.parametrize("name", ["setrecursionlimit", "settrace", "_getframe", "path",
                                  "stdin", "__stdout__", "setprofile", "meta_path",
                                  "addaudithook", "executable", "prefix"])
def test_sys_offers_nothing_else(rec: Recorder, name: str) -> None:
    cell = rec.run(f"import sys\nsys.{name}")
    assert isinstance(cell.error, AttributeError), cell.traceback


def test_sys_module_is_read_only(rec: Recorder) -> None:
    cell = rec.run("import sys, io\nsys.stdout = io.StringIO()")
    assert isinstance(cell.error, ForbiddenAttributeError)


def test_sys_exit_raises_system_exit(rec: Recorder) -> None:
    cell = rec.run("import sys\nsys.exit(2)")
    assert isinstance(cell.error, SystemExit) and cell.error.code == 2
    assert cell.ename == "SystemExit"
    assert rec.ok("try:\n    sys.exit('bye')\nexcept SystemExit as e:\n    r = e.code\nr"
                  ).value == "bye"


def test_sys_modules_is_a_read_only_view_of_this_sessions_imports(rec: Recorder) -> None:
    cell = rec.ok("import sys, math, json\nsorted(k for k in sys.modules)")
    assert {"sys", "math", "json"} <= set(cell.value)
    assert "os" not in cell.value
    assert rec.ok("import textwrap\n'textwrap' in sys.modules").value is True
    cell = rec.run("sys.modules['os'] = 1")
    assert isinstance(cell.error, TypeError)
    other = Recorder()
    assert "textwrap" not in other.ok("import sys\nlist(sys.modules)").value


# -- warnings ---------------------------------------------------------------------------


def test_warning_is_shown_on_stderr_with_the_cells_location(rec: Recorder) -> None:
    cell = rec.ok("import warnings\nwarnings.warn('careful')", name="Cell In[3]")
    assert rec.events == [("stream", {
        "name": "stderr", "text": "Cell In[3], line 2: UserWarning: careful\n"
                                  "  warnings.warn('careful')\n"})]
    assert cell.stdout == ""


def test_warning_is_shown_once_per_location(rec: Recorder) -> None:
    cell = rec.ok("import warnings\nfor i in range(5):\n    warnings.warn('loop')\n"
                  "warnings.warn('loop')", name="Cell In[4]")
    assert cell.stderr == ("Cell In[4], line 3: UserWarning: loop\n    warnings.warn('loop')\n"
                           .replace("    warnings", "  warnings") +
                           "Cell In[4], line 4: UserWarning: loop\n  warnings.warn('loop')\n")
    again = rec.ok("for i in range(3):\n    warnings.warn('loop')", name="Cell In[5]")
    assert again.stderr.count("UserWarning: loop") == 1


def test_warning_location_follows_stacklevel(rec: Recorder) -> None:
    rec.ok("import warnings\ndef old():\n    warnings.warn('use new()', DeprecationWarning,"
           " stacklevel=2)\n", name="Cell In[1]")
    cell = rec.ok("x = 1\nold()", name="Cell In[2]")
    assert cell.stderr == "Cell In[2], line 2: DeprecationWarning: use new()\n  old()\n"


def test_warning_filters_are_per_session_and_never_the_hosts() -> None:
    before = list(host_warnings.filters)
    a, b = Recorder(), Recorder()
    a.ok("import warnings\nwarnings.simplefilter('ignore')\nwarnings.warn('hidden')")
    assert a.events == []
    assert host_warnings.filters == before
    cell = b.ok("import warnings\nwarnings.warn('shown')")
    assert "UserWarning: shown" in cell.stderr
    cell = a.run("warnings.simplefilter('error')\nwarnings.warn('boom')")
    assert isinstance(cell.error, UserWarning) and host_warnings.filters == before


def test_catch_warnings_records_in_the_session(rec: Recorder) -> None:
    cell = rec.ok("import warnings\nwith warnings.catch_warnings(record=True) as log:\n"
                  "    warnings.simplefilter('always')\n    warnings.warn('a')\n"
                  "    warnings.warn('b', RuntimeWarning)\n"
                  "[(w.category.__name__, str(w.message), w.lineno) for w in log]")
    assert cell.value == [("UserWarning", "a", 4), ("RuntimeWarning", "b", 5)]
    assert rec.events == []


def test_deprecation_warnings_show_in_main_only(rec: Recorder) -> None:
    cell = rec.ok("import warnings\nwarnings.warn('dep', DeprecationWarning)\n"
                  "warnings.warn('pending', PendingDeprecationWarning)")
    assert "DeprecationWarning: dep" in cell.stderr and "pending" not in cell.stderr


def test_host_warning_hook_uses_the_session_filters(rec: Recorder) -> None:
    """The entry point the runtime uses for warnings raised by host code."""
    lib = rec.session.stdlib
    rec.session.call(lib.host_warning, "numpy-ish", RuntimeWarning, "x.py", 3)
    assert rec.streams("stderr") == "x.py:3: RuntimeWarning: numpy-ish\n"
    rec.ok("import warnings\nwarnings.simplefilter('ignore')")
    rec.events.clear()
    rec.session.call(lib.host_warning, "numpy-ish", RuntimeWarning, "x.py", 4)
    assert rec.events == []


# -- traceback --------------------------------------------------------------------------


def test_traceback_print_exc_writes_the_sandbox_traceback_to_stderr(rec: Recorder) -> None:
    cell = rec.ok("import traceback\ndef f():\n    return 1 // 0\ntry:\n    f()\n"
                  "except ZeroDivisionError:\n    traceback.print_exc()", name="Cell In[7]")
    assert cell.stderr == ("Traceback (most recent call last):\n"
                           "  Cell In[7], line 5, in <module>\n    f()\n"
                           "  Cell In[7], line 3, in f\n    return 1 // 0\n"
                           "           ~~^^~~\n"
                           "ZeroDivisionError: integer division or modulo by zero\n")


def test_format_exc_outside_a_handler(rec: Recorder) -> None:
    assert rec.ok("import traceback\ntraceback.format_exc()").value == "NoneType: None\n"


# -- help -------------------------------------------------------------------------------


def test_help_of_a_builtin_prints_pydocs_text(rec: Recorder) -> None:
    cell = rec.ok("help(len)")
    assert cell.stdout == ("Help on built-in function len in module builtins:\n\n"
                           "len(obj, /)\n    Return the number of items in a container.\n\n")


def test_help_of_user_objects(rec: Recorder) -> None:
    rec.ok("class Shape:\n    '''A shape.'''\n    def area(self, scale=1):\n"
           "        '''Area of the shape.'''\n        return 0\n")
    cell = rec.ok("help(Shape)")
    assert cell.stdout.startswith("Help on class Shape in module __main__:\n\n"
                                  "class Shape(builtins.object)\n |  A shape.\n")
    assert " |  area(self, scale=1)\n |      Area of the shape.\n" in cell.stdout
    assert rec.ok("help(Shape().area)").stdout.startswith(
        "Help on method area in module __main__:\n\narea(scale=1) method of "
        "__main__.Shape instance\n    Area of the shape.\n")


def test_help_of_a_module_shows_only_offered_names(rec: Recorder) -> None:
    cell = rec.ok("import math\nhelp(math)")
    text = cell.stdout
    assert text.startswith("Help on module math:\n\nNAME\n    math\n")
    assert "sqrt(x, /)" in text and "FILE" not in text and "DATA" in text
    assert "/" + "lib" not in text
    json_help = rec.ok("import json\nhelp(json)").stdout
    assert "dumps(obj" in json_help and "PACKAGE CONTENTS" not in json_help
    assert "__all__ = " in json_help and "__all__ = " not in text  # as pydoc shows them


def test_help_strings_look_up_sandbox_names_only(rec: Recorder) -> None:
    assert rec.ok("help('math.sqrt')").stdout.startswith(
        "Help on built-in function sqrt in module math:")
    assert rec.ok("help('os')").stdout == (
        "No Python documentation found for 'os'.\nUse help() to get the interactive help "
        "utility.\nUse help(str) for help on the str class.\n\n")
    assert rec.ok("help('for')").stdout.startswith("The \"for\" statement\n")


def test_help_without_argument_is_refused(rec: Recorder) -> None:
    cell = rec.run("help()")
    assert isinstance(cell.error, SecurityError) and "help(object)" in str(cell.error)


def test_help_runs_user_code_under_the_limits() -> None:
    rec = Recorder(timeout=1)
    rec.ok("class Meta(type):\n    @property\n    def __doc__(cls):\n        while True:\n"
           "            pass\nclass Slow(metaclass=Meta):\n    pass")
    cell = rec.run("help(Slow)")
    assert isinstance(cell.error, LimitExceeded)


# -- IPython.display --------------------------------------------------------------------

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def test_display_html_sends_display_data(rec: Recorder) -> None:
    rec.ok("from IPython.display import display, HTML\ndisplay(HTML('<b>hi</b>'))")
    assert rec.events == [("display_data", {
        "data": {"text/plain": "<IPython.core.display.HTML object>", "text/html": "<b>hi</b>"},
        "metadata": {}, "transient": {}})]


def test_builtin_display_is_ipython_display(rec: Recorder) -> None:
    assert rec.ok("import IPython.display\ndisplay is IPython.display.display").value is True
    assert rec.ok("from IPython import display as d\nd.display is display").value is True


def test_display_id_handle_updates(rec: Recorder) -> None:
    cell = rec.ok("from IPython.display import display, Markdown\n"
                  "h = display(Markdown('*one*'), display_id=True)\n"
                  "h.update(Markdown('*two*'))\nh.display_id")
    did = cell.value
    assert isinstance(did, str) and len(did) == 32
    assert rec.events == [
        ("display_data", {"data": {"text/plain": "<IPython.core.display.Markdown object>",
                                   "text/markdown": "*one*"},
                          "metadata": {}, "transient": {"display_id": did}}),
        ("update_display_data", {"data": {"text/plain": "<IPython.core.display.Markdown object>",
                                          "text/markdown": "*two*"},
                                 "metadata": {}, "transient": {"display_id": did}}),
    ]
    assert repr(rec.ok("h").value) == f"<DisplayHandle display_id={did}>"


def test_update_display_and_named_ids(rec: Recorder) -> None:
    rec.ok("from IPython.display import display, update_display\n"
           "display('first', display_id='progress')\nupdate_display('second', display_id='progress')")
    assert rec.events == [
        ("display_data", {"data": {"text/plain": "'first'"}, "metadata": {},
                          "transient": {"display_id": "progress"}}),
        ("update_display_data", {"data": {"text/plain": "'second'"}, "metadata": {},
                                 "transient": {"display_id": "progress"}}),
    ]
    cell = rec.run("update_display('x')")
    assert isinstance(cell.error, TypeError)


def test_display_raw_metadata_and_several_objects(rec: Recorder) -> None:
    rec.ok("display({'text/plain': 'plain', 'text/html': '<i>raw</i>'}, raw=True, "
           "metadata={'isolated': True})\ndisplay(1, 2)")
    assert rec.events == [
        ("display_data", {"data": {"text/plain": "plain", "text/html": "<i>raw</i>"},
                          "metadata": {"isolated": True}, "transient": {}}),
        ("display_data", {"data": {"text/plain": "1"}, "metadata": {}, "transient": {}}),
        ("display_data", {"data": {"text/plain": "2"}, "metadata": {}, "transient": {}}),
    ]


def test_clear_output(rec: Recorder) -> None:
    rec.ok("from IPython.display import clear_output\nprint('a')\nclear_output(wait=True)\n"
           "print('b')\nclear_output()")
    assert rec.events == [("stream", {"name": "stdout", "text": "a\n"}),
                          ("clear_output", {"wait": True}),
                          ("stream", {"name": "stdout", "text": "b\n"}),
                          ("clear_output", {"wait": False})]


def test_display_classes_mime_types(rec: Recorder) -> None:
    rec.ok("from IPython.display import *\n"
           "display(Markdown('# T'), Latex(r'$x$'), Math('x^2'), JSON({'a': [1]}),"
           " SVG('<?xml version=\"1.0\"?><svg width=\"1\"></svg>'), Pretty('pretty text'))")
    datas = [c["data"] for t, c in rec.events]
    assert datas[0] == {"text/plain": "<IPython.core.display.Markdown object>",
                        "text/markdown": "# T"}
    assert datas[1]["text/latex"] == "$x$"
    assert datas[2]["text/latex"] == "$\\displaystyle x^2$"
    assert datas[3]["application/json"] == {"a": [1]}
    assert rec.events[3][1]["metadata"] == {"application/json": {"expanded": False,
                                                                 "root": "root"}}
    assert datas[4]["image/svg+xml"] == '<svg width="1"></svg>'
    assert datas[5] == {"text/plain": "pretty text"}


def test_image_from_bytes(rec: Recorder) -> None:
    rec.session.namespace["png"] = PNG
    rec.ok("from IPython.display import Image, display\n"
           "display(Image(data=png, format='png', width=10))\ndisplay(Image(url='https://x/y.png'))")
    (_, first), (_, second) = rec.events
    assert first["data"] == {"text/plain": "<IPython.core.display.Image object>",
                             "image/png": base64.b64encode(PNG).decode()}
    assert first["metadata"] == {"image/png": {"width": 10}}
    assert second["data"]["text/html"] == '<img src="https://x/y.png"/>'


@pytest.mark.parametrize("code", [
    "from IPython.display import Image\nImage(filename='x.png')",
    "from IPython.display import HTML\nHTML(filename='page.html')",
    "from IPython.display import HTML\nHTML(url='https://example.com')",
    "from IPython.display import Markdown\nMarkdown('https://example.com/readme.md')",
])
def test_display_objects_read_no_files_or_urls(rec: Recorder, code: str) -> None:
    cell = rec.run(code)
    assert isinstance(cell.error, OSError), cell.traceback


def test_javascript_is_refused_with_a_clear_error(rec: Recorder) -> None:
    cell = rec.run("from IPython.display import Javascript\nJavascript('alert(1)')")
    assert isinstance(cell.error, PermissionError)
    assert "browser" in str(cell.error)
    cell = rec.run("display({'application/javascript': 'alert(1)'}, raw=True)")
    assert isinstance(cell.error, SecurityError)
    rec.ok("class Sneaky:\n    def _repr_mimebundle_(self, include=None, exclude=None):\n"
           "        return {'application/javascript': 'alert(1)', 'text/html': '<b>ok</b>'}\n"
           "display(Sneaky())")
    (_, content), = rec.events
    assert "application/javascript" not in content["data"]
    assert content["data"]["text/html"] == "<b>ok</b>"


def test_display_data_must_be_json(rec: Recorder) -> None:
    cell = rec.run("display({'text/plain': len}, raw=True)")
    assert isinstance(cell.error, TypeError)


def test_execute_result_bundle_of_display_objects(rec: Recorder) -> None:
    value = rec.ok("from IPython.display import HTML\nHTML('<p>x</p>')").value
    data, metadata = rec.session.mime_bundle(value)
    assert data == {"text/plain": "<IPython.core.display.HTML object>", "text/html": "<p>x</p>"}


# -- unittest, doctest, timeit, this in a session -----------------------------------------


def test_unittest_main_finds_the_sessions_tests(rec: Recorder) -> None:
    rec.ok("import unittest\nclass T(unittest.TestCase):\n    def test_a(self):\n"
           "        self.assertEqual(1, 1)\n    def test_b(self):\n"
           "        self.assertEqual(2, 3)\n")
    cell = rec.ok("r = unittest.main(argv=[''], exit=False)\n"
                  "r.result.testsRun, len(r.result.failures)", name="Cell In[9]")
    assert cell.value == (2, 1)
    text = cell.stderr
    assert text.startswith(".F\n" + "=" * 70 + "\nFAIL: test_b (__main__.T.test_b)\n" +
                           "-" * 70 + "\nTraceback (most recent call last):\n"
                           "  Cell In[1], line 6, in test_b\n"
                           "    self.assertEqual(2, 3)\nAssertionError: 2 != 3\n\n" +
                           "-" * 70 + "\nRan 2 tests in ")
    assert text.endswith("s\n\nFAILED (failures=1)\n")
    cell = rec.run("unittest.main(argv=[''])")
    assert isinstance(cell.error, SystemExit) and cell.error.code is True


def test_doctest_examples_run_in_the_sandbox_under_its_limits() -> None:
    rec = Recorder(timeout=10)
    rec.ok("import doctest\ndef f():\n    '''\n    >>> while True: pass\n    '''\n")
    cell = rec.run("doctest.testmod()")
    assert isinstance(cell.error, LimitExceeded)
    assert rec.ok("1 + 1").value == 2


def test_doctest_testmod_reports_to_the_sandbox_stdout(rec: Recorder) -> None:
    rec.ok("def double(x):\n    '''\n    >>> double(2)\n    5\n    '''\n    return 2 * x\n")
    cell = rec.ok("import doctest\ndoctest.testmod()")
    assert cell.value == (1, 1)
    assert cell.stdout == ("*" * 70 + "\nFile \"__main__\", line 3, in __main__.double\n"
                           "Failed example:\n    double(2)\nExpected:\n    5\nGot:\n    4\n" +
                           "*" * 70 + "\n1 items had failures:\n   1 of   1 in __main__.double\n"
                           "***Test Failed*** 1 failures.\n")


def test_timeit_statements_run_under_the_cells_limits() -> None:
    rec = Recorder(timeout=10)
    rec.ok("import timeit")
    cell = rec.run("timeit.timeit('while True: pass', number=1)")
    assert isinstance(cell.error, LimitExceeded)
    cell = rec.ok("timeit.timeit('x += 1', setup='x = 0', number=1000)")
    assert isinstance(cell.value, float)


def test_this_prints_once_per_session(rec: Recorder) -> None:
    first = rec.ok("import this")
    assert first.stdout.startswith("The Zen of Python, by Tim Peters\n\nBeautiful is better")
    assert rec.ok("import this").stdout == ""
    assert Recorder().ok("import this").stdout == first.stdout
