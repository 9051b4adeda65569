"""Classes 7 and 10: the host process survives what crashes CPython.

Each attack runs in a fresh interpreter process (a crash there must not take the test
run down), inside a default ``Session``; the process must exit normally and the cell
must end with an ordinary error (or run, where CPython's own limits let it).  The list
of known CPython crashers and what closes each route is ``crashers.md`` next to this
file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from interpreter.security import cstack

pytestmark = pytest.mark.timeout(300, method="thread")

ROOT = Path(__file__).resolve().parents[2]

_RUNNER = textwrap.dedent("""
    import json, sys
    from interpreter import Session, Policy
    s = Session(Policy(timeout=float(sys.argv[1])))
    r = s.run_cell_sync(sys.stdin.read())
    print(json.dumps({"ename": r.ename, "evalue": (r.evalue or "")[:300]}))
""")


def _run_isolated(code: str, timeout: float = 20.0) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    p = subprocess.run([sys.executable, "-c", _RUNNER, str(timeout)], input=code,
                       capture_output=True, text=True, env=env, timeout=timeout + 60,
                       cwd=str(ROOT))
    assert p.returncode == 0, (f"the host process died (exit {p.returncode}):\n"
                               f"{p.stderr[-2000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


CRASHERS = [
    # Lib/test/crashers/compiler_recursion.py, and the 100,000-term expression
    pytest.param("x = " + "1+" * 100_000 + "1", ("RecursionError",), id="deep-expression"),
    pytest.param("x = a" + ".b" * 100_000, ("RecursionError",), id="deep-attribute-chain"),
    pytest.param("import typing\ntyping.ForwardRef('1+' * 100000 + '1')",
                 ("RecursionError", "MemoryError", "SyntaxError"), id="deep-ForwardRef"),
    pytest.param("import interpreter\nr = interpreter.execute('x = ' + '1+' * 100000 + '1')\n"
                 "assert 'RecursionError' in r.error, r.error\nraise ValueError('ok')",
                 ("ValueError",), id="deep-source-to-the-nested-sandbox"),
    # recursion_limit_too_high.py / recursive_call.py: the host limit fits the C stack
    pytest.param("x = []\nfor i in range(400000):\n    x = [x]\nrepr(x)",
                 ("RecursionError",), id="deep-list-repr"),
    pytest.param("f = lambda f: f(f)\nf(f)", ("RecursionError",), id="recursive_call"),
    pytest.param("def f(n):\n    return sorted([n], key=lambda k: f(k))\nf(0)",
                 ("RecursionError",), id="recursion-through-sorted"),
    # C recursion without a check: nesting built in a loop
    pytest.param("x = ()\nfor i in range(300000):\n    x = (x,)\nhash(x)",
                 ("RecursionError",), id="hash-of-deep-tuple"),
    pytest.param("it = iter([1])\nfor i in range(300000):\n    it = map(abs, it)\nnext(it)",
                 ("RecursionError",), id="nested-map"),
    pytest.param("it = iter([1])\nfor i in range(300000):\n    it = zip(it)\nnext(it)",
                 ("RecursionError",), id="nested-zip"),
    pytest.param("it = iter([1])\nfor i in range(300000):\n    it = filter(None, it)\n"
                 "next(it)", ("RecursionError",), id="nested-filter"),
    pytest.param("import itertools\nit = iter([1])\nfor i in range(300000):\n"
                 "    it = itertools.islice(it, 5)\nnext(it)",
                 ("RecursionError",), id="nested-islice"),
    pytest.param("def f(cls): return 1\nm = f\nfor i in range(10 ** 6):\n"
                 "    m = classmethod(m)\nclass C: pass\nC.x = m\nC.x",
                 ("RecursionError",), id="chained-classmethod"),
    # mutation_inside_cyclegc.py, with __del__ and with a generator's finally
    pytest.param("class A(object):\n    def __del__(self):\n        del lst[:]\nkeep = []\n"
                 "for i in range(2000):\n    lst = [str(i)] * 10\n    a = A()\n"
                 "    a.cycle = a\n    del a\n    n = 0\n    while lst and n < 100:\n"
                 "        keep.append(lst[:])\n        n += 1\nraise ValueError('ok')",
                 ("ValueError",), id="mutation-inside-cyclegc-__del__"),
    pytest.param("def g(box):\n    try:\n        yield 1\n    finally:\n        del lst[:]\n"
                 "keep = []\nfor i in range(3000):\n    lst = [str(i)] * 10\n"
                 "    box = [None]\n    it = g(box)\n    box[0] = it\n    next(it)\n"
                 "    del it, box\n    n = 0\n    while lst and n < 50:\n"
                 "        keep.append(lst[:])\n        n += 1\nraise ValueError('ok')",
                 ("ValueError",), id="mutation-inside-cyclegc-generator"),
    # gh-88004 / gh-152405: a mappingproxy hands its dict to the other operand's __eq__
    pytest.param("class Evil:\n    def __eq__(self, other):\n        return other\n"
                 "class C:\n    def f(self): return 1\nd = C.__dict__ == Evil()\n"
                 "d['f'] = lambda self: 2\nc = C()\nassert c.f() == 1\n"
                 "d2 = type.__dict__ == Evil()\nd2['__instancecheck__'] = lambda *a: False\n"
                 "isinstance(1, int)\nraise ValueError('ok')",
                 ("ValueError",), id="mappingproxy-underlying-dict"),
    # loosing_mro_ref.py: the MRO changed while a lookup walks it
    pytest.param("class Base: k = 1\nclass Base2: k = 2\n"
                 "class MyKey:\n    def __hash__(self): return hash('k')\n"
                 "    def __eq__(self, other):\n        X.__bases__ = (Base2,)\n"
                 "        return False\nX = type('X', (Base,), {MyKey(): 5})\nX.k",
                 ("AttributeError", "SecurityError", "ForbiddenAttributeError"),
                 id="losing-mro-ref"),
]


@pytest.mark.parametrize(("code", "expected"), CRASHERS)
def test_cpython_crashers_end_as_errors(code, expected):
    result = _run_isolated(code)
    assert result["ename"] in expected, result


def test_recursion_limit_fits_the_c_stack():
    """The limit a Session sets leaves room on the stack for C recursion at every level."""
    import resource
    import threading

    from interpreter import Policy, Session
    Session(Policy())
    limit = sys.getrecursionlimit()
    if threading.current_thread() is threading.main_thread():
        soft, _ = resource.getrlimit(resource.RLIMIT_STACK)
        stack = cstack.C_STACK_MAX if soft == resource.RLIM_INFINITY else soft
    else:  # pragma: no cover
        stack = cstack.THREAD_STACK_DEFAULT
    need = cstack.stack_bytes_needed(limit, Policy().max_recursion_depth)
    assert need <= stack, (limit, need, stack)


def test_source_too_deep_is_refused_before_compiling(box):
    """The AST is measured before CPython's compiler or the sandbox's recurses on it."""
    out = box.attack("x = " + "(" * 150 + "1" + ")" * 150, None)
    assert out.error is None, out.describe()
    out = box.attack("x = " + "-" * 3000 + "1", (RecursionError, SyntaxError, MemoryError))
    assert "recursion" in out.evalue or "too" in out.evalue, out.describe()


def test_crashers_list_is_kept():
    text = (Path(__file__).parent / "crashers.md").read_text()
    for name in ("compiler_recursion", "mutation_inside_cyclegc", "underlying_dict",
                 "recursion_limit_too_high", "gh-88004", "tuplehash"):
        assert name in text
