"""Builtins recovery: getting ``open``/``eval``/``__import__`` back from somewhere.

The sandbox offers a curated set of builtins.  These cells try to name the missing ones
directly, and to recover the real builtins module or dict through ``__builtins__``,
``globals()``, ``print.__self__``, tracebacks and class bodies.
"""

from __future__ import annotations

import builtins

import pytest

from ._sandbox import ANY_ERROR, DENIED, NOT_DEFINED, OK

pytestmark = pytest.mark.timeout(60, method="thread")

MISSING_BUILTINS = [
    pytest.param("open(SECRET_PATH).read()", id="open"),
    pytest.param("open(MARKER_PATH, 'w').write('x')", id="open-for-writing"),
    pytest.param("eval('1 + 1')", id="eval"),
    pytest.param("exec('x = 1')", id="exec"),
    pytest.param("compile('1', '<s>', 'eval')", id="compile"),
    pytest.param("__import__('os').system(MARKER_CMD)", id="__import__"),
    pytest.param("breakpoint()", id="breakpoint"),
    pytest.param("help()", id="interactive-help"),
    pytest.param("license()", id="license-reads-host-files"),
    pytest.param("copyright.__repr__()", id="copyright"),
]


@pytest.mark.parametrize("code", MISSING_BUILTINS)
def test_missing_builtin(box, code):
    """Builtins that reach files, code compilation, imports or the process are absent."""
    box.attack(code, NOT_DEFINED)


RECOVERY = [
    pytest.param("getattr(__builtins__, 'open')(SECRET_PATH).read()",
                 NOT_DEFINED + DENIED + (TypeError,), id="getattr(__builtins__,open)"),
    pytest.param("__builtins__['open'](SECRET_PATH).read()",
                 NOT_DEFINED + DENIED + (KeyError, TypeError), id="__builtins__[open]"),
    pytest.param("__builtins__.__dict__['open'](SECRET_PATH).read()",
                 NOT_DEFINED + DENIED + (KeyError, TypeError), id="__builtins__.__dict__"),
    pytest.param("globals()['__builtins__']['open'](SECRET_PATH).read()",
                 NOT_DEFINED + DENIED + (KeyError, TypeError), id="globals()[__builtins__]"),
    pytest.param("print.__self__.__dict__['open'](SECRET_PATH).read()", DENIED,
                 id="print.__self__.__dict__"),
    pytest.param("name = [].__class__.__module__\n__import__(name).open(SECRET_PATH).read()",
                 NOT_DEFINED, id="list.__module__-then-__import__"),
    pytest.param("try:\n    undefined_name\nexcept NameError as e:\n"
                 "    e.__traceback__.tb_frame.f_builtins['open'](SECRET_PATH).read()", DENIED,
                 id="traceback.tb_frame.f_builtins"),
    pytest.param("import json\njson.dumps.__globals__['__builtins__']['eval']('1')", DENIED,
                 id="host-function-globals-builtins"),
    pytest.param("class A:\n    b = __builtins__\nA.b['open'](SECRET_PATH).read()",
                 NOT_DEFINED + DENIED + (KeyError, TypeError), id="class-body-__builtins__"),
    pytest.param("def f():\n    return __builtins__\nf()['open'](SECRET_PATH).read()",
                 NOT_DEFINED + DENIED + (KeyError, TypeError), id="function-__builtins__"),
    pytest.param("vars(print.__class__)['__call__'].__objclass__.__dict__", DENIED + (KeyError,),
                 id="builtin-type-objclass"),
    pytest.param("type(print).__module__, type(len).__module__\n"
                 "import builtins\nbuiltins.open(SECRET_PATH)", (ImportError,),
                 id="import-builtins-by-module-name"),
]


@pytest.mark.parametrize(("code", "expect"), RECOVERY)
def test_builtins_recovery(box, code, expect):
    """The real builtins module/dict cannot be recovered from any object."""
    box.attack(code, expect)


def test_builtins_namespace_sweep(box):
    """Name every host builtin; whatever the sandbox offers is not a dangerous real one."""
    names = sorted(n for n in dir(builtins) if n.isidentifier() and n != "__debug__")
    lines = ["found = {}"]
    for n in names:
        lines += ["try:", f"    found[{n!r}] = {n}", "except NameError:", "    pass"]
    lines.append("found")
    out = box.attack("\n".join(lines), OK)
    forbidden = {"open", "eval", "exec", "compile", "__import__", "breakpoint", "help",
                 "exit", "quit", "license", "credits", "copyright", "__loader__", "__spec__",
                 "__build_class__", "getattr", "setattr", "delattr", "vars", "dir", "globals",
                 "locals", "input"}
    # Stand-ins with a clear error are fine; the real host objects are not.
    real = sorted(n for n in forbidden & set(out.value) if out.value[n] is getattr(builtins, n))
    assert not real, f"the real host builtins offered: {real}"


def test_builtins_name_if_present_is_not_the_real_namespace(box):
    """If ``__builtins__`` exists in the sandbox it is neither the real module nor dict."""
    out = box.attack("try:\n    b = __builtins__\nexcept NameError:\n    b = None\nb", OK)
    if out.value is not None:
        assert out.value is not builtins and out.value is not vars(builtins), out.describe()


def test_guarded_builtins_are_not_the_real_ones(box):
    """``getattr``/``setattr``/``vars``/``dir`` handed to the sandbox are the guarded versions."""
    box.attack("[getattr, setattr, delattr, hasattr, vars, dir, print, input, isinstance, super,"
               " type, object]", OK)


def test_input_does_not_read_host_stdin(box):
    """``input()`` belongs to the session; without a frontend it fails, not reads host stdin."""
    box.attack("input('? ')", None)


def test_overwriting_builtin_names_stays_local(box):
    """Rebinding ``print``/``len`` in a cell changes the cell's namespace only."""
    s = box.session()
    box.attack("print = None\nlen = lambda x: 42\nlen([])", OK, session=s)
    assert builtins.print is not None and builtins.len([]) == 0
    s2 = box.session()
    out = box.attack("len([1, 2])", OK, session=s2)
    assert out.value == 2, out.describe()


def test_delete_builtin_does_not_touch_host(box):
    """``del`` of a builtin name fails (or is local); the host builtins are unchanged."""
    box.attack("del print", ANY_ERROR + (NameError,))


def test_sandbox_builtins_dict_changes_stay_in_the_session(box):
    """Editing the session's own ``__builtins__`` changes neither imports nor other sessions."""
    s = box.session()
    box.attack("try:\n    b = __builtins__\nexcept NameError:\n    b = {}\nif isinstance(b, dict):\n"
               "    b['__import__'] = lambda *a, **k: 'pwned'\n    b['len'] = lambda x: 42\n"
               "import os", (ImportError,), session=s)
    other = box.attack("len([])", OK)
    assert other.value == 0, other.describe()
    assert builtins.len([]) == 0
