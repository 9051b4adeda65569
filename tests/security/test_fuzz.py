"""A property-based attacker: generated attribute chains, call chains over the allowed
modules' public names, format strings and copy reductions.

Property: whatever a generated cell does, the value it hands back holds no forbidden
object (host modules, frames, code, real dangerous builtins, module globals, loops),
the marker file is never created, the audit hook sees nothing, and the host snapshot
is unchanged.

The default run is short and derandomized, fit for CI (a few tens of seconds).  Set
``PYTHONBOX_FUZZ_EXAMPLES`` (e.g. 5000) for a long, randomized run; findings become
regression tests in the ``test_wall_*`` files.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interpreter.policy import DEFAULT_ALLOWED_MODULES
from interpreter.security.guard import DENIED_NAMES, SAFE_DUNDERS, SAFE_PRIVATE
from interpreter.security.module_table import MODULE_TABLE

pytestmark = pytest.mark.timeout(1800, method="thread")

_LONG = int(os.environ.get("PYTHONBOX_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=_LONG or 60,
    deadline=None,
    derandomize=not _LONG,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
    database=None,
)

#: Objects the chains start from, defined by the cell's prelude.
PRELUDE = """
import math, re, json, functools, itertools, operator, typing, collections, enum, copy
import dataclasses, decimal, string, asyncio, contextlib, abc, datetime, random
class C:
    '''a user class'''
    x = 1
    def m(self):
        return self
    @property
    def p(self):
        return 1
def f(*a, **k):
    return a
def g():
    yield 1
try:
    int('x')
except ValueError as exc:
    e = exc
class Color(enum.Enum):
    RED = 1
gen = g()
obj = C()
"""

ROOTS = ["()", "''", "0", "[]", "{}", "None", "len", "type", "object", "obj", "C", "f",
         "g", "gen", "e", "Color", "Color.RED", "math", "re", "json", "functools",
         "itertools", "operator", "typing", "collections", "enum", "copy", "dataclasses",
         "decimal", "string", "asyncio", "contextlib", "abc", "datetime", "random",
         "print", "iter", "map", "zip", "super", "classmethod", "staticmethod",
         "property", "re.compile('a')", "re.match('a', 'a')", "decimal.getcontext()",
         "typing.List", "typing.List[int]", "functools.partial(f, 1)", "obj.m", "C.m",
         "itertools.count()", "iter([])", "range(3)", "(x for x in [])", "b''",
         "memoryview(b'a')", "bytearray(b'a')", "frozenset()", "slice(1)", "1j",
         "NotImplemented", "Ellipsis", "Exception", "BaseException", "StopIteration(1)",
         "ExceptionGroup('g', [ValueError()])"]

ATTRS = sorted(DENIED_NAMES | SAFE_DUNDERS | SAFE_PRIVATE | {
    "mro", "__getattribute__", "__setattr__", "format", "format_map", "register",
    "__init__", "__new__", "func", "args", "keywords", "dispatch", "registry",
    "__wrapped__", "__func__", "__self__", "groupindex", "pattern", "re", "string",
    "__members__", "_value_", "__objclass__", "copy", "get", "items", "values", "keys",
    "__next__", "send", "throw", "close", "gi_running", "__qualname__", "__module__",
    "f_back", "tb_next", "tb_frame", "__traceback__", "with_traceback", "add_note",
    "__origin__", "__args__", "copy_with", "_name", "_inst", "__forward_arg__",
})

SMALL_ARGS = ["0", "1", "-1", "''", "'a'", "'__class__'", "'__subclasses__'", "[]", "()",
              "{}", "None", "True", "f", "obj", "C", "len", "type", "e", "str", "object",
              "'{0.__class__}'", "'%s'", "b'a'", "2.5", "10 ** 6", "'int'",
              "\"__import__('os')\""]

PUBLIC_CALLS = sorted(f"{m}.{n}" for m in DEFAULT_ALLOWED_MODULES if "." not in m
                      for n in MODULE_TABLE.get(m, ()) if not n.isupper())


@st.composite
def chains(draw: st.DrawFn) -> str:
    expr = draw(st.sampled_from(ROOTS))
    for _ in range(draw(st.integers(1, 6))):
        step = draw(st.integers(0, 9))
        if step <= 5:
            expr = f"({expr}).{draw(st.sampled_from(ATTRS))}"
        elif step <= 7:
            args = draw(st.lists(st.sampled_from(SMALL_ARGS), max_size=3))
            expr = f"({expr})({', '.join(args)})"
        elif step == 8:
            expr = f"({expr})[{draw(st.sampled_from(['0', '-1', 'slice(None)', repr('x')]))}]"
        else:
            expr = f"getattr({expr}, {draw(st.sampled_from(ATTRS))!r})"
    return expr


@st.composite
def module_calls(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(PUBLIC_CALLS))
    args = draw(st.lists(st.sampled_from(SMALL_ARGS + ROOTS[:18]), max_size=3))
    expr = f"{name}({', '.join(args)})"
    for _ in range(draw(st.integers(0, 3))):
        if draw(st.booleans()):
            expr = f"({expr}).{draw(st.sampled_from(ATTRS))}"
        else:
            more = draw(st.lists(st.sampled_from(SMALL_ARGS), max_size=2))
            expr = f"({expr})({', '.join(more)})"
    return expr


FIELD = st.sampled_from(["", "0", "x"]).flatmap(
    lambda head: st.lists(st.sampled_from([f".{a}" for a in ATTRS] + ["[0]", "[x]"]),
                          max_size=3).map(lambda rest: head + "".join(rest)))
SPEC = st.text(alphabet="<>^=+-# 0123456789,._%bcdeEfFgGnosxX{}", max_size=12)


@st.composite
def formats(draw: st.DrawFn) -> str:
    field = draw(FIELD)
    spec = draw(SPEC)
    text = "{" + field + ("!r" if draw(st.booleans()) else "") + (":" + spec if spec else "") + "}"
    target = draw(st.sampled_from(ROOTS[:20]))
    how = draw(st.integers(0, 3))
    if how == 0:
        return f"{text!r}.format({target}, x={target})"
    if how == 1:
        return f"{text!r}.format_map({{'x': {target}}})"
    if how == 2:
        return f"string.Formatter().format({text!r}, {target}, x={target})"
    return f"format({target}, {spec!r})"


REDUCERS = ["object", "type", "C", "f", "len", "getattr", "typing.List", "Color",
            "functools.partial", "operator.itemgetter(0)", "dict", "list",
            "copy.copy", "print", "super", "iter", "vars", "e.__class__", "obj.m"]


@st.composite
def reductions(draw: st.DrawFn) -> str:
    func = draw(st.sampled_from(REDUCERS))
    args = draw(st.lists(st.sampled_from(SMALL_ARGS + ["typing.List", "Color", "e"]),
                         max_size=2))
    state = draw(st.sampled_from(["None", "{'x': 1}", "{'__origin__': dict}",
                                  "{'_name': 'Evil'}", "({'a': 1}, {'b': 2})"]))
    how = draw(st.sampled_from(["copy.copy", "copy.deepcopy", "dataclasses.asdict"]))
    return ("(lambda R: " + ("dataclasses.asdict(DC(R()))" if how == "dataclasses.asdict"
                              else f"{how}(R())") + ")(type('R', (), {'__reduce_ex__': "
            f"lambda self, p: ({func}, ({', '.join(args)}{',' if args else ''}), {state})}}))")


def _program(expr: str) -> str:
    return (PRELUDE + "@dataclasses.dataclass\nclass DC:\n    v: object\n"
            f"try:\n    __r = {expr}\nexcept Exception as exc2:\n    __r = exc2\n__r")


def _check(box, expr: str) -> None:
    out = box.run(_program(expr), timeout=3, max_memory_mb=512, max_operations=200_000)
    box.assert_safe(out)


@FUZZ
@given(expr=chains())
def test_attribute_and_call_chains(box, expr):
    _check(box, expr)


@FUZZ
@given(expr=module_calls())
def test_calls_over_the_allowed_modules(box, expr):
    _check(box, expr)


@FUZZ
@given(expr=formats())
def test_format_strings(box, expr):
    _check(box, expr)


@FUZZ
@given(expr=reductions())
def test_copy_reductions(box, expr):
    _check(box, expr)
