"""The value firewall (issue 8, class 1): host values are checked wherever they enter.

A host tool (the in-process API lets agent hosts pass host functions and objects in the
namespace) or an allowed module may hand back something that leads out of the sandbox:
the real ``getattr``, a module, a module's globals, a frame, a class like
``subprocess.Popen``, a partial or a bound method around one of them.  Each route by
which such a value can reach sandbox hands is attacked here: a call result (also deep
inside a returned container), an attribute, a subscript, an iteration item, an unpacked
item, a ``*args``/``**kwargs`` item, ``StopIteration.value`` and ``yield from``, an
``await`` result, a value sent into a sandbox generator, an exception attribute, an
argument host code passes to a sandbox function, a ``with ... as`` value, and C code
composing values (``starmap``, ``map``).  Every check runs in both compiler modes.
"""

from __future__ import annotations

import asyncio
import builtins
import functools
import os
import subprocess
import sys
import types
from typing import Any

import pytest

from interpreter import Policy, Session
from interpreter.security.firewall import Refused, admit, admit_deep

pytestmark = pytest.mark.timeout(60, method="thread")


class HostBox:
    """A host object whose every way of handing out a value hands out ``item``."""

    def __init__(self, item: Any) -> None:
        self.item = item
        self.items = [1, item]

    def __getitem__(self, i: int) -> Any:
        return self.item

    def __iter__(self) -> Any:
        return iter([1, self.item])

    def __enter__(self) -> Any:
        return self.item

    def __exit__(self, *exc: Any) -> None:
        return None

    def method(self) -> Any:
        return self.item

    def keys(self) -> list[str]:
        return ["k"]


def _gen_returning(item: Any) -> Any:
    yield 1
    return item


async def _coro_returning(item: Any) -> Any:
    await asyncio.sleep(0)
    return item


def _raiser(item: Any) -> Any:
    def raise_it() -> None:
        raise ValueError(item)
    return raise_it


#: Objects that must never reach sandbox code.
DANGEROUS: list[Any] = [
    pytest.param(builtins.getattr, id="real-getattr"),
    pytest.param(builtins.eval, id="real-eval"),
    pytest.param(builtins.__import__, id="real-__import__"),
    pytest.param(builtins.open, id="real-open"),
    pytest.param(os, id="module-os"),
    pytest.param(os.system, id="os.system"),
    pytest.param(sys._getframe, id="sys._getframe"),
    pytest.param(vars(builtins), id="real-builtins-dict"),
    pytest.param(vars(os), id="globals-of-os"),
    pytest.param(subprocess.Popen, id="class-Popen"),
    pytest.param(types.CodeType, id="class-CodeType"),
    pytest.param(functools.partial(builtins.setattr, object), id="partial-of-setattr"),
    pytest.param(sys.stdout.write, id="bound-method-of-a-host-file"),
    pytest.param(object.__getattribute__, id="raw-__getattribute__"),
    pytest.param(object.__subclasses__, id="__subclasses__"),
    pytest.param(type("ModuleChild", (types.ModuleType,), {})("m"), id="module-subclass"),
    pytest.param(sys._getframe(), id="a-frame"),
]

def route(code: str, namespace: Any, id: str) -> Any:  # noqa: A002 - pytest's word
    """A route: the cell, and the host namespace that offers ``item`` through it."""
    return pytest.param((code, namespace), id=id)


#: Each route: (cell source, names the host puts in the namespace for ``item``).
ROUTES: list[Any] = [
    route("leak()", lambda item: {"leak": lambda: item}, id="call-result"),
    route("leak()[1][0]", lambda item: {"leak": lambda: [0, (item,)]},
                 id="deep-in-a-returned-container"),
    route("x = leak()", lambda item: {"leak": lambda: {"k": {"deeper": item}}},
                 id="deep-in-a-returned-dict"),
    route("box.item", lambda item: {"box": HostBox(item)}, id="attribute"),
    route("box.items[1]", lambda item: {"box": HostBox(item)}, id="attribute-container"),
    route("box[0]", lambda item: {"box": HostBox(item)}, id="subscript"),
    route("for x in box:\n    pass", lambda item: {"box": HostBox(item)},
                 id="for-loop-item"),
    route("[x for x in box]", lambda item: {"box": HostBox(item)},
                 id="comprehension-item"),
    route("list(x for x in box)", lambda item: {"box": HostBox(item)},
                 id="generator-expression-item"),
    route("a, b = box", lambda item: {"box": HostBox(item)}, id="unpacking"),
    route("a, *b = box\nb[0]", lambda item: {"box": HostBox(item)},
                 id="starred-unpacking"),
    route("def f():\n    a, b = box\n    return b\nf()", lambda item: {"box": HostBox(item)},
                 id="unpacking-into-fast-locals"),
    route("def f():\n    for x in box:\n        pass\n    return x\nf()",
                 lambda item: {"box": HostBox(item)}, id="for-loop-item-in-a-function"),
    route("def f():\n    for a, b in [box]:\n        pass\n    return b\nf()",
                 lambda item: {"box": HostBox(item)}, id="for-loop-unpacking-in-a-function"),
    route("def f():\n    return [b for a, b in [box]]\nf()",
                 lambda item: {"box": HostBox(item)}, id="comprehension-unpacking"),
    route("def f(*a):\n    return a\nf(*box)", lambda item: {"box": HostBox(item)},
                 id="star-args-item"),
    route("[*box]", lambda item: {"box": HostBox(item)}, id="star-display-item"),
    route("with box as v:\n    pass", lambda item: {"box": HostBox(item)},
                 id="with-as"),
    route("box.method()", lambda item: {"box": HostBox(item)}, id="method-result"),
    route("def g():\n    r = yield from gen\n    return r\nlist(g())",
                 lambda item: {"gen": _gen_returning(item)}, id="yield-from-result"),
    route("import asyncio\nasync def main():\n    return await coro\nasyncio.run(main())",
                 lambda item: {"coro": _coro_returning(item)}, id="await-result"),
    route("try:\n    boom()\nexcept ValueError as e:\n    e.args[0]",
                 lambda item: {"boom": _raiser(item)}, id="exception-attribute"),
    route("sorted([1], key=lambda v: use(v))",
                 lambda item: {"use": lambda v: item}, id="callback-result"),
    route("def f(x):\n    return x\nhost_calls(f)",
                 lambda item: {"host_calls": lambda f: f(item)}, id="argument-from-host"),
    route("def g():\n    got = yield 1\n    yield got\nhost_sends(g())",
                 lambda item: {"host_sends": lambda gen: (next(gen), gen.send(item))},
                 id="value-sent-into-generator"),
    route("import itertools, functools\nlist(itertools.starmap(functools.partial, "
                 "leak()))[0]", lambda item: {"leak": lambda: [(item,)]},
                 id="C-composition-starmap"),
    route("list(map(lambda v: v, box))", lambda item: {"box": HostBox(item)},
                 id="C-map-into-sandbox-callback"),
]


@pytest.mark.parametrize("mode", ["specialised", "generic"])
@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("item", DANGEROUS)
def test_dangerous_value_never_reaches_sandbox_hands(item: Any, route: Any, mode: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    code, namespace = route
    monkeypatch.setenv("PYTHONBOX_COMPILER", mode)
    s = Session(Policy(timeout=10), namespace=namespace(item))
    cell = s.run_cell_sync(code, "<attack>")
    assert cell.error is not None, f"{code!r} handed out {item!r}: {cell.value!r}"
    assert isinstance(cell.error, Refused), (
        f"{code!r} ended with {type(cell.error).__name__}: {cell.error}")
    assert "not allowed in the sandbox" in str(cell.error)


@pytest.mark.parametrize("mode", ["specialised", "generic"])
def test_the_same_routes_carry_ordinary_values(mode: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The firewall refuses only what leads out: every route works for a harmless host
    callable (``abs``)."""
    monkeypatch.setenv("PYTHONBOX_COMPILER", mode)
    for param in ROUTES:
        code, namespace = param.values[0]
        s = Session(Policy(timeout=10), namespace=namespace(abs))
        cell = s.run_cell_sync(code, "<route>")
        assert cell.error is None, f"{param.id}: {cell.traceback}"


@pytest.mark.parametrize("mode", ["specialised", "generic"])
@pytest.mark.parametrize("code", [
    "def f():\n    a = b = 'old'\n    try:\n        a, b = box\n    except BaseException as e:\n"
    "        caught = type(e).__name__\n    return caught, type(a).__name__, type(b).__name__\n"
    "f()",
    "def f():\n    x = 'old'\n    try:\n        for x in box:\n            pass\n"
    "    except BaseException as e:\n        caught = type(e).__name__\n"
    "    return caught, type(x).__name__\nf()",
], ids=["unpacking", "for-loop-target"])
def test_a_refused_item_is_not_left_bound_where_it_was_caught(
        code: str, mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Items stored straight into a function's names (``a, b = box``, ``for x in box``)
    are looked at after the store: a refused one is cleared before the error."""
    monkeypatch.setenv("PYTHONBOX_COMPILER", mode)
    s = Session(Policy(timeout=10), namespace={"box": HostBox(builtins.eval)})
    cell = s.run_cell_sync(code, "<attack>")
    assert cell.error is None, cell.traceback
    caught, *kinds = cell.value
    assert caught == "Refused"
    assert "builtin_function_or_method" not in kinds, kinds


@pytest.mark.parametrize("mode", ["specialised", "generic"])
def test_globals_read_by_name_never_reach_host_builtins(
        mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Generated functions read a session global by its name (``LOAD_GLOBAL``): their
    internal globals hold only harmless host builtins, and their builtins are the
    namespace.  Names the sandbox has no builtin for stay undefined, whatever it does
    to its ``__builtins__``; its own globals shadow as in CPython."""
    monkeypatch.setenv("PYTHONBOX_COMPILER", mode)
    s = Session(Policy(timeout=5))
    for name in ("open", "eval", "exec", "compile", "breakpoint", "input", "getattr",
                 "vars", "globals", "__import__", "__loader__", "__spec__"):
        cell = s.run_cell_sync(f"def f():\n    return {name}\nf()", "<attack>")
        value = None if cell.error is not None else cell.value
        assert value is not getattr(builtins, name, object()), name
    s = Session(Policy(timeout=5))
    cell = s.run_cell_sync("del __builtins__['len']\ndef f():\n    return len\nf()")
    assert isinstance(cell.error, NameError), cell.traceback
    for code in ("__builtins__ = {}\ndef f():\n    return type, len\nf()",
                 "del globals()['__builtins__']\ndef f():\n    return type, len\nf()"):
        s = Session(Policy(timeout=5))
        cell = s.run_cell_sync(code, "<attack>")
        assert cell.error is not None or cell.value == (s.builtins["type"], len), code
        assert s.env.function_globals["__builtins__"] is s.builtins
    s = Session(Policy(timeout=5))
    cell = s.run_cell_sync("def f():\n    return helper() + limit\n"
                           "def helper():\n    return 1\nlimit = 2\nfirst = f()\n"
                           "helper = lambda: 10\ndel limit\ntry:\n    f()\n"
                           "except NameError as e:\n    message = str(e)\n"
                           "(first, message)", "<globals>")
    assert cell.error is None, cell.traceback
    assert cell.value == (3, "name 'limit' is not defined")
    assert s.env.function_globals["__builtins__"] is s.builtins


def test_classification_is_subclass_aware() -> None:
    class LoopChild(asyncio.SelectorEventLoop):
        pass

    loop = LoopChild()
    try:
        with pytest.raises(Refused):
            admit(loop)
    finally:
        loop.close()
    with pytest.raises(Refused):
        admit(type("M", (types.ModuleType,), {})("x"))
    with pytest.raises(Refused):
        admit_deep({"a": [(1, {"b": builtins.exec})]})
    for ok in (1, "s", [1, 2], {"a": (1,)}, len, str.join, [].append, asyncio.sleep, int):
        assert admit_deep(ok) is ok


def test_user_classes_built_on_forbidden_bases_are_refused_too() -> None:
    s = Session(Policy(timeout=5), namespace={"ModuleType": types.ModuleType})
    cell = s.run_cell_sync("class M(ModuleType):\n    pass\nM('x')", "<attack>")
    assert isinstance(cell.error, Refused), cell.traceback


def test_user_code_cannot_rebind_what_generated_code_calls() -> None:
    """Generated code never looks ``type``/``id``/``iter``/``isinstance`` up by name: a
    session global of that name cannot blind the firewall."""
    s = Session(Policy(timeout=5), namespace={"leak": lambda: builtins.getattr})
    cell = s.run_cell_sync(
        "type = lambda x: int\nid = lambda x: 0\niter = lambda x: [1]\n"
        "isinstance = lambda *a: False\n"
        "def f():\n    return leak()\nf()", "<attack>")
    assert isinstance(cell.error, Refused), cell.traceback
    cell = s.run_cell_sync("def g(x):\n    return x\ng(2) + len([1])", "<after>")
    assert cell.error is None and cell.value == 3
