"""Class 8 (shared host state) and class 9 (interpreter internals in sandbox hands).

Nothing a cell does changes an object the host or another session shares: not through
copies with hostile reductions, re-initialisation, registries, exceptions the host
raised, the host's own asyncio task, or threads left running.  The interpreter's own
bookkeeping (sandbox tracebacks, the nested sandbox's budget) stays its own.
"""

from __future__ import annotations

import asyncio
import gc
import typing

import pytest

from interpreter import Policy, Session
from interpreter import runtime as runtime_module

from ._sandbox import DENIED, OK, host_threads, wait_for_threads

pytestmark = pytest.mark.timeout(120, method="thread")

_RETURNS_LIST = "class M:\n    def __new__(cls, *a): return typing.List\n"


@pytest.mark.parametrize("code", [
    "import copy, typing\n" + _RETURNS_LIST + "class X:\n    def __reduce_ex__(self, p):\n"
    "        return (M, (), {'_name': 'Evil', '__origin__': dict})\ncopy.copy(X())",
    "import copy, typing\n" + _RETURNS_LIST + "class X:\n    def __reduce_ex__(self, p):\n"
    "        return (M, (), None, None, iter([1]))\ncopy.deepcopy(X())",
    "import dataclasses, typing\n" + _RETURNS_LIST + "class X:\n"
    "    def __reduce_ex__(self, p):\n        return (M, (), {'_name': 'Evil'})\n"
    "@dataclasses.dataclass\nclass D:\n    x: object\ndataclasses.asdict(D(X()))",
    "import dataclasses, typing\n" + _RETURNS_LIST + "class X:\n"
    "    def __reduce_ex__(self, p):\n        return (M, (), {'_name': 'Evil'})\n"
    "@dataclasses.dataclass\nclass D:\n    x: object\ndataclasses.astuple(D(X()))",
    "import collections, typing\n" + _RETURNS_LIST + "class U(collections.UserDict):\n"
    "    def __reduce_ex__(self, p):\n        return (M, (), {'_name': 'Evil'})\nU().copy()",
], ids=["copy", "deepcopy-listitems", "dataclasses.asdict", "dataclasses.astuple",
        "UserDict.copy"])
def test_copies_never_write_into_host_objects(box, code):
    box.attack(code, None)
    host_list = typing.List  # noqa: UP006 - the host's alias itself is what is checked
    assert host_list._name == "List" and host_list.__origin__ is list
    assert isinstance([], host_list)


@pytest.mark.parametrize("code", [
    "import typing\ntype(typing.List).__init__(typing.List, dict, 0)",
    "import typing\ntyping.T.__init__('X')" if hasattr(typing, "T") else "import typing\n"
    "typing.AnyStr.__init__('X')",
    "import uuid\nuuid.NAMESPACE_DNS.__init__(int=5)",
    "import uuid\ntype(uuid.NAMESPACE_DNS).__init__(uuid.NAMESPACE_DNS, int=5)",
    "import decimal\nc = decimal.getcontext()\nc.__init__(prec=3)",
    "import functools\ncp = functools.cached_property(len)\n"
    "type(cp).__set_name__(cp, object, 'x') if False else cp.__set_name__(object, 'x')",
], ids=["typing.List", "TypeVar", "uuid-bound", "uuid-unbound", "decimal", "__set_name__"])
def test_host_objects_are_not_reinitialised(box, code):
    box.attack(code, DENIED)
    import uuid
    assert str(uuid.NAMESPACE_DNS) == "6ba7b810-9dad-11d1-80b4-00c04fd430c8"


def test_reinitialising_own_objects_still_works(box):
    out = box.attack("class E(Exception):\n    def __init__(self, m):\n"
                     "        super().__init__(m)\n        self.m = m\n"
                     "class D(dict):\n    def __init__(self):\n        dict.__init__(self, a=1)\n"
                     "class M(type):\n    def __init__(cls, *a):\n        super().__init__(*a)\n"
                     "class K(metaclass=M): pass\n(E(3).m, D(), K.__name__)", OK)
    assert out.value == (3, {"a": 1}, "K")


def test_exceptions_the_host_raised_take_no_attributes(box):
    """A ``ValueError`` from ``int()`` is the host's; the protocol fields stay writable."""
    box.attack("try:\n    int('x')\nexcept ValueError as e:\n    e.foo = 1", DENIED)
    box.attack("class Evil(MemoryError): pass\ntry:\n    int('x')\n"
               "except ValueError as e:\n    e.__class__ = Evil", DENIED)
    out = box.attack("try:\n    int('x')\nexcept ValueError as e:\n    e.args = ('other',)\n"
                     "    e.add_note('n')\n    e.__cause__ = None\n    r = (e.args, e.__notes__)\n"
                     "mine = ArithmeticError()\nmine.custom = 1\nr, mine.custom", OK)
    assert out.value == ((("other",), ["n"]), 1)


def test_host_abcs_take_no_registrations(box):
    box.attack("import collections.abc\nclass L: pass\ncollections.abc.Sequence.register(L)",
               DENIED)
    box.attack("import abc, collections.abc\nclass L: pass\n"
               "abc.ABCMeta.register(collections.abc.Sized, L)", DENIED)
    out = box.attack("import abc\nclass Shape(abc.ABC): pass\nclass Sq: pass\n"
                     "Shape.register(Sq)\nisinstance(Sq(), Shape)", OK)
    assert out.value is True


def test_current_task_is_never_the_hosts(box):
    """Sandbox code cannot cancel, inspect or repr the host's own task."""
    async def main():
        me = asyncio.current_task()
        s = box.session(timeout=3)
        results = []
        for code in ("import asyncio\nasyncio.current_task() is None",
                     "import asyncio\nt = asyncio.current_task()\nawait asyncio.sleep(0)\n"
                     "t.cancel()\nawait asyncio.sleep(0)",
                     "import asyncio\nasync def spin():\n    while True:\n        pass\n"
                     "async with asyncio.TaskGroup() as tg:\n    tg.create_task(spin())\n"
                     "    await asyncio.sleep(10)",
                     "import asyncio\nawait asyncio.sleep(0)\nrepr(asyncio.current_task())"):
            r = await s.run_cell(code)
            results.append(r)
            assert me.cancelling() == 0 and not me.cancelled(), (code, r.traceback)
        return results
    first, cancelled, group, shown = asyncio.run(main())
    assert first.value is True
    assert cancelled.ename == "CancelledError"
    assert group.ename in ("TimeLimitExceeded", "OperationLimitExceeded"), group.traceback
    assert "<pythonbox>" in shown.value and "/" not in shown.value.split("coro=")[-1]


def test_one_memory_watcher_for_all_sessions():
    """Many sessions, nested or not, share one watcher thread that ends when idle."""
    before = host_threads()
    for _ in range(40):
        s = Session(Policy(timeout=5))
        r = s.run_cell_sync("import interpreter\n"
                            "interpreter.execute('x = 1').error")
        assert r.error is None and r.value is None, r.traceback
    watchers = [t for t in __import__("threading").enumerate()
                if t.name == "pythonbox-memory"]
    assert len(watchers) <= 1
    left = wait_for_threads(before, timeout=runtime_module.MemoryWatcher.IDLE_EXIT + 4)
    assert not left, f"threads left behind: {left}"


def test_the_last_session_is_not_kept_alive():
    import weakref
    s = Session(Policy())
    s.run_cell_sync("x = 1")
    ref = weakref.ref(s)
    rt_ref = weakref.ref(s.rt)
    del s
    gc.collect()
    assert ref() is None and rt_ref() is None
    assert runtime_module.ACTIVE[0] is None


# ---------------------------------------------------------------------------
# Class 9


def test_vars_of_an_exception_is_empty(box):
    out = box.attack("class E(Exception): pass\ndef f(): raise E('x')\ntry:\n    f()\n"
                     "except E as e:\n    saved = e\n"
                     "(vars(saved), saved.__dict__ == {}, dir(saved).count('__pbx_trace__'))",
                     OK)
    assert out.value == ({}, True, 0)


@pytest.mark.parametrize("code", [
    "vars(saved).__pbx_trace__", "getattr(vars(saved), '__pbx_trace__')",
    "type(vars(saved)).__dict__['__pbx_trace__']",
    "object.__getattribute__(vars(saved), '__pbx_trace__')",
    "vars(saved).__pbx_made__",
])
def test_the_sandbox_trace_is_unreachable(box, code):
    s = box.session()
    box.attack("def f(): raise ValueError('x')\ntry:\n    f()\nexcept ValueError as e:\n"
               "    saved = e", OK, session=s)
    box.attack(code, (AttributeError, KeyError, TypeError), session=s)


def test_traceback_survives_re_raise_in_a_later_cell(box):
    s = box.session()
    box.attack("def f(): raise ValueError('x')\ntry:\n    f()\nexcept ValueError as e:\n"
               "    saved = e", OK, session=s)
    out = box.attack("raise saved", (ValueError,), session=s)
    assert out.traceback.count("line") >= 3 and "in f" in out.traceback, out.traceback


def test_copy_of_an_exception_does_not_share_the_trace(box):
    out = box.attack("import copy\ndef f(): raise ValueError('x')\ntry:\n    f()\n"
                     "except ValueError as e:\n    c = copy.copy(e)\nvars(c)", OK)
    assert out.value == {}


@pytest.mark.parametrize("limit, code", [
    ("max_operations=100_000", "for i in range(90_000): pass\nimport interpreter\n"
     "r = interpreter.execute('for i in range(50_000): pass')\nr.error"),
    ("timeout=2", "import time\ntime.sleep(1.5)\nimport interpreter\n"
     "r = interpreter.execute('import time\\ntime.sleep(1.5)', timeout=30)\nr.error"),
])
def test_nested_sandbox_gets_what_is_left(box, limit, code):
    policy = eval(f"dict({limit})")  # noqa: S307 - the test's own literal
    out = box.attack(code, None, **policy)
    text = out.value if out.error is None else out.ename
    assert text and ("Exceeded" in str(text) or "exceeded" in str(text)), out.describe()
