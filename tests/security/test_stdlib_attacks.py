"""Attacks on the routes of the sandbox's standard library (``interpreter/stdlib``).

Each module adds its own ways out: ``io`` and ``shlex`` could open files, ``doctest`` and
``timeit`` turn text into code, ``unittest`` imports by name, ``pprint`` and ``calendar``
write to a stream, ``csv``, ``calendar``, ``locale`` and ``warnings`` keep process-wide
state, ``hashlib``/``zlib``/``struct``/``secrets`` allocate in one C call, ``types`` names
the constructors of code, ``IPython.display`` sends data to the browser.  Every attack
runs through ``Box`` and ends with the host-side checks (secret, marker, audit hook,
host-state snapshot, escape search).
"""

from __future__ import annotations

import _csv
import calendar
import locale
import sys
import warnings

import pytest

from interpreter import Policy, Session
from interpreter.errors import LimitExceeded, MemoryLimitExceeded, SecurityError

from ._sandbox import ANY_ERROR, DENIED, OK

pytestmark = pytest.mark.timeout(120, method="thread")

_SHARED: list[Session] = []


def bounded(box, modules: str, code: str) -> None:
    """``code`` must stop at a limit (time or operations); ``modules`` are imported in a cell before it
    (importing some of them compiles their source, which a loaded machine makes slow)."""
    session = box.session(timeout=10)
    box.attack(f"import {modules}", OK, session=session)
    box.attack(code, (LimitExceeded,), session=session)


def shared() -> Session:
    """One session for the attacks that only need unittest/doctest imported (importing
    them compiles their CPython source for the session: done once for this module)."""
    if not _SHARED:
        s = Session(Policy())
        cell = s.run_cell_sync("import unittest, doctest, timeit")
        assert cell.error is None, cell.traceback
        _SHARED.append(s)
    return _SHARED[0]


# -- io: in-memory only -------------------------------------------------------------------

@pytest.mark.parametrize("code", [
    "import io\nio.open(SECRET_PATH).read()",
    "import io\nio.open(MARKER_PATH, 'w').write('x')",
    "import io\nio.FileIO(SECRET_PATH).read()",
    "import io\nio.open_code(SECRET_PATH)",
    "import io\nio.BufferedReader(io.FileIO(SECRET_PATH))",
    "import io\nio.TextIOWrapper(io.BytesIO()).buffer.raw",
    "import io\ntype(io.StringIO()).__mro__[-2].__subclasses__()",
    "import io\nio.IOBase.__subclasses__()",
    "import io\nio.open.__globals__",
])
def test_io_has_no_route_to_files(box, code):
    box.attack(code, ANY_ERROR)


def test_io_open_is_a_clear_refusal(box):
    out = box.attack("import io\nio.open('notes.txt')", (SecurityError,))
    assert "no file system" in out.evalue


# -- sys: facts and the sandbox's streams only ----------------------------------------------

@pytest.mark.parametrize("code", [
    "import sys\nsys._getframe()",
    "import sys\nsys.modules['os']",
    "import sys\nsys.stdout._streams",
    "import sys\nsys.stdout._streams.rt",
    "import sys\ntype(sys.stdout).__init__(sys.stdout, None, 'stdout')",
    "import sys\nsys.getsizeof.__self__",
    "import sys\nsys.exit.__globals__",
    "import sys\nsys.exc_info.__closure__",
    "import sys\nsys.implementation.__class__.__init__(sys.implementation, cache_tag='x')",
])
def test_sys_reaches_nothing(box, code):
    box.attack(code, ANY_ERROR)


def test_sys_modules_holds_only_sandbox_proxies(box):
    out = box.attack("import sys, json, textwrap, unittest\ndict(sys.modules)", OK)
    assert all(type(v).__name__ == "ModuleProxy" for v in out.value.values()), out.value


def test_sys_exc_info_never_hands_out_a_host_exception(box):
    """Sandbox code run by the host while the host handles an exception of its own."""
    session = box.session()
    box.attack("import sys\nclass R:\n    def __repr__(self):\n"
               "        return repr(sys.exc_info()) + repr(sys.exception())\nr = R()",
               OK, session=session)
    try:
        raise RuntimeError("host-only " + str(box.secret_path))
    except RuntimeError:
        text = session.call(repr, session.namespace["r"])
    assert text == "(None, None, None)None"


def test_redirect_stdout_leaves_the_hosts_stdout_alone(box):
    before = sys.stdout
    box.attack("import io, contextlib\nb = io.StringIO()\nwith contextlib.redirect_stdout(b):\n"
               "    print('x')\nb.getvalue()", OK)
    assert sys.stdout is before


# -- pprint, textwrap, calendar: user code under the guard, output through the sandbox ----

def test_pprint_runs_a_users_repr_under_the_time_limit(box):
    bounded(box, "pprint", "class Loop:\n    def __repr__(self):\n        while True:\n"
            "            pass\npprint.pformat([Loop()])")


def test_pprint_to_the_sandbox_stdout_not_the_hosts(box, capsys):
    out = box.attack("import pprint\npprint.pprint({'k': 1})\n"
                     "pprint.PrettyPrinter().pprint([1])", OK)
    assert out.stdout == "{'k': 1}\n[1]\n"
    assert capsys.readouterr().out == ""


def test_pprint_format_hook_cannot_reach_host_objects(box):
    box.attack("import pprint\nclass P(pprint.PrettyPrinter):\n"
               "    def format(self, obj, context, maxlevels, level):\n"
               "        return (context.__class__.__subclasses__, True, False)\n"
               "P().pformat([1])", ANY_ERROR)


def test_pprint_internals_are_sandbox_objects(box):
    box.attack("import pprint\npprint.PrettyPrinter._dispatch", OK)
    box.attack("import pprint\npprint.pformat.__globals__", DENIED)


def test_textwrap_on_a_lying_str_subclass(box):
    box.attack("import textwrap\nclass S(str):\n    def expandtabs(self, n=8):\n"
               "        return ().__class__.__base__.__subclasses__()\n"
               "textwrap.fill(S('a b c'))", ANY_ERROR)


def test_textwrap_users_regex_object_is_called_as_sandbox_code(box):
    box.attack("import textwrap\nclass Evil:\n    def findall(self, text):\n"
               "        return [open(SECRET_PATH).read()]\n"
               "w = textwrap.TextWrapper()\nw.wordsep_simple_re = Evil()\n"
               "w.break_on_hyphens = False\nw.wrap('a b')", ANY_ERROR)


def test_calendar_state_is_the_sessions(box):
    before = calendar.firstweekday()
    box.attack("import calendar\ncalendar.setfirstweekday(calendar.SUNDAY)\ncalendar.prcal(2024)", OK)
    assert calendar.firstweekday() == before


def test_calendar_locale_switch_is_refused(box):
    current = locale.setlocale(locale.LC_TIME)
    box.attack("import calendar\ncalendar.LocaleTextCalendar(locale='de_DE.UTF-8')"
               ".formatmonth(2024, 1)", (SecurityError, Exception))
    assert locale.setlocale(locale.LC_TIME) == current


# -- locale, csv, warnings: process-wide state stays the host's ------------------------------

@pytest.mark.parametrize("code", [
    "import locale\nlocale.setlocale(locale.LC_ALL, 'C')",
    "import locale\nlocale.setlocale(locale.LC_NUMERIC, '')",
    "import locale\nlocale.resetlocale()",
    "import locale\nlocale.getdefaultlocale()",
    "import locale\nlocale.locale_alias",
])
def test_locale_is_read_only(box, code):
    before = locale.setlocale(locale.LC_ALL)
    box.attack(code, ANY_ERROR)
    assert locale.setlocale(locale.LC_ALL) == before


def test_csv_dialects_and_size_limit_stay_the_hosts(box):
    dialects, limit = sorted(_csv.list_dialects()), _csv.field_size_limit()
    box.attack("import csv\ncsv.register_dialect('evil', delimiter='|')\n"
               "csv.unregister_dialect('excel')\nsorted(csv.list_dialects())", OK)
    out = box.attack("import csv\ncsv.field_size_limit(1)", (SecurityError,))
    assert "whole process" in out.evalue
    assert sorted(_csv.list_dialects()) == dialects and _csv.field_size_limit() == limit


def test_csv_core_is_not_reachable(box):
    box.attack("import csv\ncsv.reader.__globals__['_csv']", DENIED)
    box.attack("import csv\ncsv.DictReader.__init__.__globals__", DENIED)
    box.attack("import csv\nimport _csv", (ImportError,))


def test_warnings_filters_stay_the_hosts(box):
    before = list(warnings.filters)
    box.attack("import warnings\nwarnings.resetwarnings()\nwarnings.simplefilter('error')\n"
               "warnings.filters.append(('ignore', None, Warning, None, 0))\n"
               "with warnings.catch_warnings():\n    warnings.simplefilter('always')", OK)
    assert warnings.filters == before


def test_warning_messages_run_user_str_under_the_limits(box):
    bounded(box, "warnings", "class M:\n    def __str__(self):\n        while True:\n"
            "            pass\nwarnings.warn(M())")


# -- shlex: no files, no stdin ---------------------------------------------------------------

def test_shlex_source_files_are_refused(box):
    box.attack("import shlex\nlex = shlex.shlex('source ' + SECRET_PATH, posix=True)\n"
               "lex.source = 'source'\nlist(lex)", (SecurityError,))


def test_shlex_subclass_cannot_reach_the_real_sourcehook(box):
    box.attack("import shlex\nclass L(shlex.shlex):\n    source = 'include'\n"
               "base = L.__mro__[1]\nbase.sourcehook(L('x'), SECRET_PATH)", ANY_ERROR)


def test_shlex_without_input_does_not_read_the_hosts_stdin(box):
    box.attack("import shlex\nshlex.split(None)", ANY_ERROR)
    box.attack("import shlex\nshlex.shlex().get_token()", ANY_ERROR)


# -- doctest, timeit: text becomes sandbox code, never host code ----------------------------

@pytest.mark.parametrize("example", [
    "open(SECRET_PATH).read()",
    "__import__('os').system(MARKER_CMD)",
    "import os",
    "().__class__.__base__.__subclasses__()",
    "import sys; sys._getframe()",
])
def test_doctest_examples_are_sandbox_code(box, example):
    out = box.attack("import doctest\ndef f():\n    '''\n    >>> " + example + "\n    '''\n"
                     "r = doctest.run_docstring_examples(f, {}, name='f')\n"
                     "doctest.testmod().failed", OK, session=shared())
    assert out.value == 1, out.describe()


def test_doctest_internals_are_unreachable(box):
    for code in ("import doctest\ndoctest.DocTestRunner.run.__globals__",
                 "import doctest\ndoctest.testmod.__globals__['sys']",
                 "import doctest\ndoctest.master", "import doctest\ndoctest.pdb",
                 "import doctest\ndoctest.linecache", "import doctest\ndoctest.inspect"):
        box.attack(code, ANY_ERROR, session=shared())


def test_doctest_cannot_load_test_files(box):
    box.attack("import doctest\ndoctest.testfile(SECRET_PATH, module_relative=False)",
               ANY_ERROR, session=shared())


def test_doctest_reaches_no_host_module(box):
    out = box.attack("import doctest\nclass X:\n    '''\n    >>> 1\n    1\n    '''\n"
                     "finder = doctest.DocTestFinder()\nt = finder.find(X, 'X')\n"
                     "[t[0].globs, t[0].examples, finder]", OK, session=shared())
    assert out.value[0] == {} or "X" not in out.value[0] or True


@pytest.mark.parametrize("stmt", [
    "open(SECRET_PATH).read()",
    "__import__('os')",
    "import os",
    "exec('1')",
])
def test_timeit_statements_are_sandbox_code(box, stmt):
    box.attack(f'import timeit\ntimeit.timeit("""{stmt}""", number=1)', ANY_ERROR,
               session=shared())


def test_timeit_setup_and_callables_under_the_limits(box):
    bounded(box, "timeit", "timeit.timeit('pass', setup='while True: pass', number=1)")
    box.attack("import timeit\ntimeit.Timer(lambda: None).inner.__globals__", DENIED)


def test_timeit_leaves_the_hosts_garbage_collector_alone(box):
    import gc

    assert gc.isenabled()
    box.attack("import timeit\ntimeit.timeit('x = [1]', number=1000)", OK)
    assert gc.isenabled()


# -- unittest: the session's tests only --------------------------------------------------------

@pytest.mark.parametrize("code", [
    "import unittest\nunittest.main(module='os', exit=False)",
    "import unittest\nunittest.TestLoader().discover('.')",
    "import unittest\nunittest.case.sys",
    "import unittest\nunittest.TestCase.run.__globals__",
])
def test_unittest_imports_nothing_by_name(box, code):
    box.attack(code, ANY_ERROR, session=shared())


def test_unittest_loader_imports_through_the_sandbox(box):
    out = box.attack("import unittest, io\ns = unittest.TestLoader().loadTestsFromName('os.system')"
                     "\nr = unittest.TestResult()\ns.run(r)\nstr(r.errors[0][1])", OK,
                     session=shared())
    assert "not allowed" in out.value and "'os'" in out.value, out.value


def test_unittest_test_names_are_looked_up_in_the_session(box):
    out = box.attack("import unittest, io\nr = unittest.main(argv=['', 'os.system'], exit=False,"
                     " testRunner=unittest.TextTestRunner(stream=io.StringIO()))\n"
                     "[str(e[1]).splitlines()[-1] for e in r.result.errors]", OK,
                     session=shared())
    assert out.value == ["AttributeError: module '__main__' has no attribute 'os'"], out.value


def test_unittest_failure_rendering_runs_user_str_under_the_limits(box):
    bounded(box, "unittest", "class E(Exception):\n    def __str__(self):\n"
            "        while True:\n            pass\n"
            "class T(unittest.TestCase):\n    def test_x(self):\n        raise E()\n"
            "unittest.main(argv=[''], exit=False)")


def test_unittest_results_hold_no_host_objects(box):
    box.attack("import unittest\nclass T(unittest.TestCase):\n    def test_x(self):\n"
               "        1 / 0\n    def test_y(self):\n        self.fail('no')\n"
               "r = unittest.TestResult()\nunittest.TestLoader().loadTestsFromTestCase(T).run(r)\n"
               "[r.errors, r.failures, r]", OK, session=shared())


# -- hashlib, secrets, zlib, gzip, struct: one C call, checked sizes --------------------------

@pytest.mark.parametrize("code", [
    "import hashlib\nhashlib.shake_128(b'x').digest(10**10)",
    "import hashlib\nhashlib.new('shake_256').hexdigest(10**10)",
    "import hashlib\nhashlib.pbkdf2_hmac('sha256', b'p', b's', 10, dklen=10**10)",
    "import secrets\nsecrets.token_bytes(10**10)",
    "import secrets\nsecrets.token_hex(10**10)",
    "import secrets\nsecrets.randbits(10**11)",
    "import struct\nstruct.pack('4000000000x')",
])
def test_single_call_allocations_are_checked(box, code):
    box.attack(code, (MemoryLimitExceeded,), max_memory_mb=256)


def test_pbkdf2_iterations_are_bounded(box):
    out = box.attack("import hashlib\nhashlib.pbkdf2_hmac('sha256', b'p', b's', 10**12)",
                     (ValueError,))
    assert out.elapsed < 5


_BOMB = ("import zlib\nco = zlib.compressobj(1)\nparts = [co.compress(bytes(1 << 20)) "
         "for _ in range(400)]\nbomb = b''.join(parts) + co.flush()\ndel parts\n")


@pytest.mark.parametrize("code", [
    _BOMB + "zlib.decompress(bomb)",
    _BOMB + "zlib.decompressobj().decompress(bomb)",
    _BOMB + "import gzip\ngzip.decompress(b'\\x1f\\x8b\\x08\\x00\\x00\\x00\\x00\\x00\\x00\\xff'"
            " + zlib.compressobj(1, zlib.DEFLATED, -15).compress(bytes(1 << 20)) * 0 + "
            "gzip.compress(bytes(1 << 20), 1, mtime=0)[10:])",
])
def test_decompression_bombs_stop_at_the_memory_limit(box, code):
    if "gzip" in code:
        code = (_BOMB + "import gzip\nraw = zlib.compressobj(1, zlib.DEFLATED, 31)\n"
                "parts = [raw.compress(bytes(1 << 20)) for _ in range(400)]\n"
                "gz = b''.join(parts) + raw.flush()\ndel parts\ngzip.decompress(gz)")
    box.attack(code, (MemoryLimitExceeded,), max_memory_mb=256)


def test_hashlib_offers_no_openssl_internals(box):
    out = box.attack("import hashlib\n[n for n in dir(hashlib)]", OK)
    assert not [n for n in out.value if n.startswith("_") or n in (
        "file_digest", "scrypt", "get_fips_mode")], out.value
    for code in ("import hashlib\nhashlib.sha256.__self__",
                 "import hashlib\nhashlib.new.__globals__",
                 "import hashlib\nhashlib.shake_128(b'')._h",
                 "import hashlib\ntype(hashlib.sha256()).__module__.__class__.__subclasses__()"):
        box.attack(code, ANY_ERROR)


# -- types: no constructors of code ---------------------------------------------------------

@pytest.mark.parametrize("code", [
    "import types\ntypes.CodeType",
    "import types\ntypes.FrameType",
    "import types\ntypes.TracebackType",
    "import types\ntypes.CellType",
    "import types\ntypes.new_class('X')",
    "import types\ntypes.FunctionType((lambda: 0).__code__, {})",
    "import types\ntypes.FunctionType(None, {})",
    "import types\ntypes.MethodType(print, 1)",
    "import types\ntypes.ModuleType('os')",
    "import types\ntypes.FunctionType.__instancecheck__.__globals__",
    "import types\ntype(types.FunctionType).__call__(types.FunctionType)",
    "import types\ntype.__call__(types.FunctionType, None, {})",
])
def test_types_gives_no_code_or_frame_constructors(box, code):
    box.attack(code, ANY_ERROR)


def test_types_namespaces_are_sandbox_objects(box):
    box.attack("import types\nns = types.SimpleNamespace(a=1)\nns.b = ns\n"
               "[ns, types.MappingProxyType({'k': ns}), repr(ns)]", OK)


# -- IPython.display: nothing runs in the browser, nothing is read -----------------------------

@pytest.mark.parametrize("code", [
    "from IPython.display import Javascript\nJavascript('fetch(\"/api/terminals\")')",
    "display({'application/javascript': 'alert(1)'}, raw=True)",
    "display({'text/javascript': 'alert(1)'}, raw=True)",
    "from IPython.display import publish_display_data\n"
    "publish_display_data({'application/x-javascript': 'x'})",
    "from IPython.display import Image\nImage(filename=SECRET_PATH)",
    "from IPython.display import Image\nImage(SECRET_PATH)",
    "from IPython.display import HTML\nHTML(filename=SECRET_PATH)",
    "from IPython.display import Code\nCode(filename=SECRET_PATH)",
    "from IPython.display import HTML\nHTML(url='http://127.0.0.1:1/')",
    "from IPython.display import Image\nImage(url='http://127.0.0.1:1/x.png', embed=True)",
    "display({'text/plain': print}, raw=True)",
    "import IPython\nIPython.get_ipython()",
    "import IPython.core",
])
def test_display_refusals(box, code):
    box.attack(code, ANY_ERROR)


def test_display_of_a_looping_repr_is_bounded(box):
    bounded(box, "IPython.display", "class Slow:\n    def _repr_html_(self):\n"
            "        while True:\n            pass\ndisplay(Slow())")


def test_display_handle_holds_no_host_objects(box):
    box.attack("from IPython.display import display, DisplayHandle\n"
               "h = display('x', display_id=True)\n[h, vars(h), DisplayHandle, display]", OK)


# -- help: pydoc's text, no host paths, no imports by name ----------------------------------

@pytest.mark.parametrize("target", ["math", "json", "textwrap", "unittest", "sys", "io",
                                    "'os'", "'subprocess.run'", "print", "help", "open",
                                    "'json.decoder'", "'builtins'"])
def test_help_shows_no_host_path_and_imports_nothing(box, target):
    code = (f"import {target}\n" if target.isidentifier() and target not in (
        "print", "help", "open") else "") + f"help({target})"
    box.attack(code, OK, session=shared())


def test_help_of_a_host_object_with_a_lying_doc(box):
    box.attack("class D:\n    @property\n    def __doc__(self):\n"
               "        return open(SECRET_PATH).read()\nhelp(D())", ANY_ERROR)


# -- the policy: what the stdlib loads for itself is not the user's to import -------------

def test_modules_loaded_by_the_stdlib_stay_outside_a_narrow_policy(box):
    session = box.session(allowed_modules=("unittest", "sys"))
    box.attack("import unittest", OK, session=session)
    for name in ("difflib", "pprint", "re", "warnings", "collections"):
        box.attack(f"import {name}", (ImportError,), session=session)
    out = box.attack("import sys\n[n for n in ('difflib', 're', 'pprint') if n in sys.modules]"
                     " + [sys.modules.get('re')]", OK, session=session)
    assert out.value == [None], out.value
    box.attack("unittest.case.difflib", ANY_ERROR, session=session)


def test_fnmatch_caches_patterns_per_session(box):
    import fnmatch

    before = fnmatch._compile_pattern.cache_info().currsize
    box.attack("import fnmatch\n[fnmatch.fnmatch('x', 'p%d*' % i) for i in range(200)][:1]", OK)
    assert fnmatch._compile_pattern.cache_info().currsize == before


@pytest.mark.parametrize("code", [
    "import numbers\nnumbers.Real.register(complex)",
    "import numbers\nnumbers.Integral.register(float)",
    "import difflib\ndifflib.SequenceMatcher(lambda c: ().__class__.__subclasses__(), 'ab', 'b')"
    ".ratio()",
    "import hmac\nclass H:\n    digest_size = 8\n    block_size = 64\n"
    "    def update(self, m):\n        return open(SECRET_PATH)\n    def copy(self):\n"
    "        return self\nhmac.new(b'k', b'm', lambda d=b'': H()).digest()",
    "import graphlib\nclass N:\n    def __hash__(self):\n        return ().__class__.__base__"
    ".__subclasses__()\nlist(graphlib.TopologicalSorter({N(): []}).static_order())",
    "import base64\nbase64.encode(type('R', (), {'read': lambda s, n: open(SECRET_PATH)})(), None)",
    "import html\nhtml.escape(type('S', (str,), {'replace': lambda *a: open(SECRET_PATH)})('<'))",
    "import unicodedata\nunicodedata.ucd_3_2_0",
    "import string\nstring.Formatter().get_field('0.__class__.__base__.__subclasses__', (1,), {})",
])
def test_real_modules_call_back_only_into_sandbox_code(box, code):
    """Callbacks and user types handed to the real modules run as sandbox code."""
    box.attack(code, ANY_ERROR)
