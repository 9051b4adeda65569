"""``get_ipython()`` and the magics: a small sandbox object, not a host shell.

The kernel turns IPython syntax into calls of ``get_ipython()`` (as text, on the host);
these cells make the same calls directly, as an attacker would.  Nothing of a host
shell is reachable from the object, the statements of ``%time``/``%timeit`` (and the
``%%timeit`` setup line) are compiled and run by the sandbox, under the limits, and a
refused magic evaluates nothing.
"""

from __future__ import annotations

import pytest

from interpreter.errors import ForbiddenImportError, LimitExceeded, SecurityError

from ._sandbox import ANY_ERROR, DENIED, OK

pytestmark = pytest.mark.timeout(60, method="thread")

IP = "get_ipython()"

SHELL_ROUTES = [
    pytest.param(f"{IP}.user_ns", id="user_ns"),
    pytest.param(f"{IP}.run_cell('import os')", id="run_cell"),
    pytest.param(f"{IP}.kernel", id="kernel"),
    pytest.param(f"{IP}.config", id="config"),
    pytest.param(f"{IP}.extension_manager.load_extension('os')", id="extension_manager"),
    pytest.param(f"{IP}.ex('import os')", id="ex"),
    pytest.param(f"{IP}.ev('1')", id="ev"),
    pytest.param(f"{IP}.user_global_ns", id="user_global_ns"),
    pytest.param(f"{IP}.run_line_magic.__self__", id="magic-__self__"),
    pytest.param(f"{IP}.run_line_magic.__call__.__closure__", id="magic-closure"),
    pytest.param(f"type({IP}.run_line_magic).__call__.__closure__", id="magic-type-closure"),
    pytest.param(f"type({IP}.run_line_magic).__call__.__globals__", id="magic-globals"),
    pytest.param(f"vars(type({IP}))['run_line_magic'].__call__.__globals__",
                 id="class-dict-globals"),
    pytest.param(f"type({IP}).__mro__[1].__subclasses__()", id="mro-subclasses"),
    pytest.param(f"{IP}.__reduce_ex__(2)", id="reduce"),
]


@pytest.mark.parametrize("code", SHELL_ROUTES)
def test_get_ipython_hands_out_nothing_of_the_host(box, code):
    """No host shell, namespace, code runner, closure or globals behind get_ipython()."""
    box.attack(code, DENIED + (TypeError,))


def test_get_ipython_value_is_clean(box):
    """The object itself, its magics and a TimeitResult lead nowhere (find_escapes)."""
    box.attack(f"ip = {IP}\n(ip, ip.run_line_magic, ip.run_cell_magic, ip.system, "
               f"ip.getoutput, type(ip), vars(type(ip)), "
               f"ip.run_line_magic('timeit', '-o -q -n 1 -r 1 pass'))", OK)


MAGIC_ARGUMENTS = [
    pytest.param(f"{IP}.run_line_magic('time', \"open(SECRET_PATH).read()\")",
                 (SecurityError, NameError), id="time-open"),
    pytest.param(f"{IP}.run_line_magic('time', \"__import__('os').system(MARKER_CMD)\")",
                 (SecurityError, NameError), id="time-__import__"),
    pytest.param(f"{IP}.run_line_magic('time', 'import os')", (ForbiddenImportError,),
                 id="time-import-os"),
    pytest.param(f"{IP}.run_cell_magic('time', '', 'import subprocess\\n')",
                 (ForbiddenImportError,), id="cell-time-import"),
    pytest.param(f"{IP}.run_cell_magic('timeit', '-n 1 -r 1 import os', 'pass')",
                 (ForbiddenImportError,), id="timeit-setup-import"),
    pytest.param(f"{IP}.run_cell_magic('timeit', \"-n 1 -r 1 f = open(SECRET_PATH)\", "
                 "'f.read()')", (SecurityError, NameError), id="timeit-setup-open"),
    pytest.param(f"{IP}.run_line_magic('timeit', '-n 1 -r 1 (lambda: 0).__globals__')",
                 DENIED, id="timeit-stmt-globals"),
    pytest.param(f"{IP}.run_line_magic('time', '(x for x in []).gi_frame')", DENIED,
                 id="time-gi_frame"),
    pytest.param(f"{IP}.run_line_magic('timeit', '-s \"import os\" pass')", ANY_ERROR,
                 id="timeit-dash-s-is-no-option"),
    pytest.param(f"{IP}.run_line_magic('run', SECRET_PATH)", ANY_ERROR, id="run-secret"),
    pytest.param(f"{IP}.run_line_magic('load', SECRET_PATH)", ANY_ERROR, id="load-secret"),
    pytest.param(f"{IP}.run_cell_magic('writefile', MARKER_PATH, 'x')", ANY_ERROR,
                 id="writefile-marker"),
    pytest.param(f"{IP}.system(MARKER_CMD)", ANY_ERROR, id="system"),
    pytest.param(f"{IP}.getoutput(MARKER_CMD)", ANY_ERROR, id="getoutput"),
    pytest.param(f"{IP}.magic('sx ' + MARKER_CMD)", ANY_ERROR, id="legacy-magic-sx"),
    pytest.param(f"{IP}.run_cell_magic('bash', '', MARKER_CMD)", ANY_ERROR, id="bash"),
    pytest.param(f"{IP}.run_line_magic('load_ext', 'os')", ANY_ERROR, id="load_ext"),
    pytest.param(f"{IP}.run_line_magic('config', 'Application.log_level = 0')", ANY_ERROR,
                 id="config-non-inline"),
]


@pytest.mark.parametrize(("code", "expect"), MAGIC_ARGUMENTS)
def test_magic_arguments_are_sandbox_code_or_refused(box, code, expect):
    """What a magic compiles is compiled by the sandbox; a refused magic runs nothing."""
    box.attack(code, expect)


def test_refused_magic_error_leads_nowhere(box):
    box.attack(f"try:\n    {IP}.run_line_magic('run', 'x')\nexcept Exception as e:\n"
               "    err = e\nerr.__traceback__.tb_frame", DENIED)


def test_timer_arguments_are_harmless(box):
    """The statement sees the timer function's own arguments: nothing dangerous."""
    box.attack(f"leak = []\n{IP}.run_line_magic('timeit', '-n 1 -r 1 leak.append((_timer, "
               "_it))')\nleak", OK)


def test_whos_runs_user_str_under_the_limits(box):
    s = box.session(timeout=1.0)
    box.attack("class Slow:\n    def __str__(self):\n        while True:\n            pass\n"
               "slow = Slow()", OK, session=s)
    out = box.attack(f"{IP}.run_line_magic('whos', '')", (LimitExceeded,), session=s)
    assert out.elapsed < 10, out.describe()
    box.assert_alive(s)


def test_who_runs_no_user_repr(box):
    s = box.session(timeout=1.0)
    box.attack("class Loud:\n    def __repr__(self):\n        raise RuntimeError('repr ran')\n"
               "    __str__ = __repr__\nloud = Loud()", OK, session=s)
    out = box.attack(f"{IP}.run_line_magic('who', '')", OK, session=s)
    assert out.stdout == "Loud\t loud\t \n"


def test_timeit_runs_under_the_limits(box):
    s = box.session(timeout=1.0)
    out = box.attack(f"{IP}.run_line_magic('timeit', 'while True: pass')", (LimitExceeded,),
                     session=s)
    assert out.elapsed < 10, out.describe()
    box.assert_alive(s)


def test_reset_keeps_the_sandbox_builtins(box):
    s = box.session()
    box.attack(f"secret_var = 1\n{IP}.run_line_magic('reset', '-f')", OK, session=s)
    out = box.attack("'secret_var' in globals(), open", OK, session=s)
    assert out.value[0] is False and "forbidden" in repr(out.value[1])


def test_exit_does_not_end_the_host(box):
    s = box.session()
    box.attack("exit()\nquit()\nexit\n'still here'", OK, session=s)
    box.attack("exit.__call__.__globals__", DENIED, session=s)
    box.assert_alive(s)
