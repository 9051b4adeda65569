"""Class 1 (the allow-list) and class 2 (host code evaluating sandbox text).

The module table offers what notebooks need and nothing that re-exports host types,
pickles, prints to the host, or hands back host registries; annotations made by
sandbox code are resolved by the sandbox, never by the host's ``eval``.
"""

from __future__ import annotations

import re
import typing

import pytest

from interpreter.security.module_table import MODULE_TABLE

from ._sandbox import DENIED, OK

REMOVED = [
    ("typing", "reveal_type"), ("typing", "io"), ("typing", "re"), ("typing", "T"),
    ("typing", "GenericAlias"), ("typing", "MethodWrapperType"), ("typing", "ABCMeta"),
    ("typing", "no_type_check_decorator"), ("typing", "NamedTupleMeta"),
    ("enum", "pickle_by_enum_name"), ("enum", "pickle_by_global_name"),
    ("enum", "MappingProxyType"), ("enum", "DynamicClassAttribute"), ("enum", "reduce"),
    ("contextlib", "MethodType"), ("contextlib", "wraps"), ("contextlib", "deque"),
    ("dataclasses", "FunctionType"), ("dataclasses", "GenericAlias"),
    ("functools", "GenericAlias"), ("statistics", "repeat"), ("statistics", "mul"),
    ("statistics", "reduce"), ("fractions", "Decimal"), ("uuid", "Enum"),
    ("re", "purge"), ("re", "template"), ("re", "Scanner"),
]


@pytest.mark.parametrize(("module", "name"), REMOVED, ids=[f"{m}.{n}" for m, n in REMOVED])
def test_removed_names_are_unreachable(box, module, name):
    """Names the review removed are neither attributes nor importable."""
    assert name not in MODULE_TABLE[module]
    box.attack(f"import {module}\n{module}.{name}", (AttributeError,))
    box.attack(f"from {module} import {name}", (ImportError,))


def test_statistics_repeat_cannot_smuggle_an_endless_c_iterator(box):
    """The re-exported real ``itertools.repeat`` would reach C consumers unchecked."""
    box.attack("import statistics\nsum(statistics.repeat(1))", (AttributeError,))


@pytest.mark.parametrize("code", [
    "import re\nre.compile('a', re.DEBUG)",
    "import re\nre.compile('a', 128)",
    "import re\nre.match('a', 'a', flags=re.DEBUG | re.I)",
    "import re\nre.findall('a', 'a', 128)",
], ids=["DEBUG", "128", "flags-kw", "findall"])
def test_re_debug_never_prints_to_the_host(box, capfd, code):
    out = box.attack(code, DENIED)
    assert "LITERAL" not in capfd.readouterr().out, out.describe()


def test_host_enum_maps_are_copies(box):
    """``re.RegexFlag._member_map_`` and friends: writing to them changes nothing."""
    out = box.attack(
        "import re\nm = re.RegexFlag._member_map_\nm['EVIL'] = 1\n"
        "v = re.RegexFlag._value2member_map_\nv.clear()\n"
        "n = re.RegexFlag._member_names_\nn.append('EVIL')\n"
        "('EVIL' in re.RegexFlag._member_map_, len(re.RegexFlag._value2member_map_) > 0,"
        " 'EVIL' in re.RegexFlag._member_names_)", OK)
    assert out.value == (False, True, False)
    assert "EVIL" not in re.RegexFlag._member_map_
    assert re.RegexFlag._value2member_map_


def test_user_enum_maps_are_their_own(box):
    out = box.attack("import enum\nclass C(enum.Enum):\n    A = 1\n"
                     "C._member_map_ is C._member_map_, list(C._member_names_)", OK)
    assert out.value == (True, ["A"])


def test_host_annotations_are_copies(box):
    """Reading a host class's ``__annotations__`` neither creates nor exposes it."""
    box.attack("import json\njson.JSONDecoder.__annotations__['x'] = int\n"
               "import decimal\ndecimal.DecimalTuple.__annotations__['y'] = int", OK)
    import decimal
    import json
    assert "__annotations__" not in vars(json.JSONDecoder)
    assert "y" not in getattr(decimal.DecimalTuple, "__annotations__", {})


# ---------------------------------------------------------------------------
# Class 2: no host eval of sandbox text

_MARKER_CALL = "__import__('os').system(MARKER_CMD) or int"


@pytest.mark.parametrize("code", [
    # a str subclass whose strip() shows a harmless text to a string check
    "import functools\nclass S(str):\n    def strip(self, *a): return 'int'\n"
    "@functools.singledispatch\ndef f(x): return 0\n"
    f"@f.register\ndef _(x: S({_MARKER_CALL!r})): return 1\nf(1)",
    # the functional NamedTuple: a host-made class holding sandbox strings
    f"import typing\nP = typing.NamedTuple('P', [('x', {_MARKER_CALL!r})])\n"
    "typing.get_type_hints(P)",
    "import typing\nP = typing.TypedDict('P', {'x': " + repr(_MARKER_CALL) + "})\n"
    "typing.get_type_hints(P)",
    # a ForwardRef nested in an alias, set after the function was made
    "import typing\ndef f(x): pass\n"
    f"f.__annotations__ = {{'x': typing.List[typing.ForwardRef({_MARKER_CALL!r})]}}\n"
    "typing.get_type_hints(f)",
    # __wrapped__ would make typing use another object's globals
    "import typing, json\ndef f(x: 'dumps'): pass\nf.__wrapped__ = json.dumps\n"
    "typing.get_type_hints(f)",
    # a builtin alias whose __args__ is the string
    f"import typing\ndef f(x): pass\nf.__annotations__ = {{'x': list[{_MARKER_CALL!r}]}}\n"
    "typing.get_type_hints(f)",
    # singledispatchmethod's dispatcher, read as an attribute
    "import functools\nclass A:\n    @functools.singledispatchmethod\n"
    "    def m(self, x): return 0\ndef g(x): pass\n"
    f"g.__annotations__ = {{'x': {_MARKER_CALL!r}}}\n"
    "A.__dict__['m'].dispatcher.register(g)",
    "import functools\n@functools.singledispatch\ndef f(x): return 0\ndef g(x): pass\n"
    f"g.__annotations__ = {{'x': {_MARKER_CALL!r}}}\nf.register(g)",
], ids=["str-subclass-strip", "functional-NamedTuple", "functional-TypedDict",
        "ForwardRef-in-alias", "__wrapped__-globals", "GenericAlias-args",
        "singledispatchmethod-dispatcher", "annotations-set-later"])
def test_annotation_text_is_never_evaluated_by_the_host(box, code):
    """Whatever the annotation, the sandbox evaluates it: ``__import__`` is not there."""
    box.attack(code, None)


def test_alias_subclass_with_changing_args(box):
    """``__args__`` read through the C slot: a subclass's property cannot swap it."""
    box.attack("import typing\nG = type(list[int])\nclass L(G):\n    n = 0\n"
               "    @property\n    def __args__(self):\n        L.n += 1\n"
               "        return ('int',) if L.n == 1 else ("
               f"{_MARKER_CALL!r},)\n"
               "def f(x): pass\nf.__annotations__ = {'x': L(list, (int,))}\n"
               "typing.get_type_hints(f)", None)


def test_annotations_resolve_like_cpython(box):
    code = ("import typing, functools\n"
            "class Node:\n    nxt: 'Node | None'\n    val: 'list[int]'\n"
            "    class _Leaf: pass\n    leaf: 'Node._Leaf'\n"
            "def f(x: 'typing.List[\"int\"]', y: 'dict[str, \"float\"]') -> None: pass\n"
            "@functools.singledispatch\ndef show(x): return 'base'\n"
            "@show.register\ndef _(x: 'int'): return 'int'\n"
            "@show.register\ndef _(x: 'str | bytes'): return 'text'\n"
            "(typing.get_type_hints(Node), typing.get_type_hints(f),"
            " show(1), show('a'), show(b'a'), show(1.0))")
    out = box.attack(code, OK)
    node_hints, f_hints, *dispatch = out.value
    assert set(node_hints) == {"nxt", "val", "leaf"}
    assert node_hints["val"] == list[int]
    assert f_hints == {"x": typing.List[int],  # noqa: UP006 - what typing itself gives
                       "y": dict[str, float], "return": type(None)}
    assert dispatch == ["int", "text", "text", "base"]


def test_private_names_of_user_classes_in_string_annotations(box):
    """``head: Deque._Node | None`` (issue 9): a user class's own private name is fine."""
    box.attack("from __future__ import annotations\nclass Deque:\n"
               "    class _Node:\n        pass\n"
               "    def push(self, head: Deque._Node | None) -> None:\n        pass\n"
               "import typing\nsorted(typing.get_type_hints(Deque.push))", OK)


def test_deep_forward_ref_is_a_recursion_error(box):
    """``ForwardRef`` compiles its text in host C code: a 100,000-deep one must not crash."""
    box.attack("import typing\ntyping.ForwardRef('1+' * 100000 + '1')",
               (RecursionError, MemoryError, SyntaxError))
    box.attack("import typing\ntyping.List['int' + '.x' * 100000]",
               (RecursionError, MemoryError, SyntaxError))


def test_sandbox_evaluation_of_annotations_is_guarded(box):
    """The sandbox's evaluator applies the guard: dunder chains stay denied."""
    out = box.attack("import typing\ndef f(x): pass\n"
                     "f.__annotations__ = {'x': '().__class__.__base__.__subclasses__()'}\n"
                     "typing.get_type_hints(f)", DENIED)
    assert re.search("__subclasses__", out.evalue), out.describe()


def test_security_md_lists_the_module_table():
    """SECURITY.md's allow-list table is the module table (regenerate it when it moves)."""
    import importlib
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "SECURITY.md").read_text()
    for module, names in MODULE_TABLE.items():
        real = importlib.import_module(module)
        row = next((line for line in text.splitlines() if line.startswith(f"| `{module}` |")),
                   None)
        assert row is not None, f"SECURITY.md has no row for {module}"
        offered = [n.strip() for n in row.split("|")[2].split(",")]
        assert offered == [n for n in names if hasattr(real, n)], module
