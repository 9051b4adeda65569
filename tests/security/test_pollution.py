"""Host-namespace pollution: writing on module proxies, host classes, functions and state.

A sandbox that cannot read the host may still be able to *change* it: patch ``json.dumps``
for everyone, decorate a host function in place, register ``int`` as a ``Sequence``,
reseed the host's ``random``, change the host's decimal context.  Each cell tries; the
host snapshot (all public names of the allowed modules, their classes and functions, ABC
registries, decimal contexts, environment, signals...) must be unchanged afterwards, and a
fresh session must still see the real modules.
"""

from __future__ import annotations

import abc
import collections.abc
import decimal
import json
import math
import random

import pytest

from ._sandbox import DENIED

pytestmark = pytest.mark.timeout(60, method="thread")

WRITE = DENIED + (TypeError,)

WRITES = [
    pytest.param("import math\nmath.pi = 3", DENIED, id="math.pi=3"),
    pytest.param("import json\ndef f(*a, **k):\n    return 'pwned'\njson.dumps = f", DENIED,
                 id="json.dumps=f"),
    pytest.param("import math\ndel math.sqrt", DENIED, id="del-math.sqrt"),
    pytest.param("import json\nsetattr(json, 'dumps', print)", DENIED, id="setattr(json,dumps)"),
    pytest.param("import json\ndelattr(json, 'loads')", DENIED, id="delattr(json,loads)"),
    pytest.param("import json\ntype(json).__setattr__(json, 'dumps', print)", WRITE,
                 id="proxy-type.__setattr__"),
    pytest.param("import json\nobject.__setattr__(json, 'dumps', print)", WRITE,
                 id="object.__setattr__(proxy)"),
    pytest.param("object.x = 1", WRITE, id="object.x=1"),
    pytest.param("int.__add__ = lambda a, b: 0", WRITE, id="int.__add__=f"),
    pytest.param("import json\ntype.__setattr__(json.JSONEncoder, 'default', print)", WRITE,
                 id="type.__setattr__(JSONEncoder)"),
    pytest.param("import json\nobject.__setattr__(json.JSONEncoder, 'default', print)", WRITE,
                 id="object.__setattr__(JSONEncoder)"),
    pytest.param("import json\njson.JSONEncoder.default = print", WRITE,
                 id="JSONEncoder.default=f"),
    pytest.param("import json\njson.JSONEncoder.item_separator = ';'", WRITE,
                 id="JSONEncoder.item_separator"),
    pytest.param("import json\ndel json.JSONEncoder.default", WRITE, id="del-JSONEncoder.default"),
    pytest.param("import json\njson.dumps.__kwdefaults__ = {}", WRITE,
                 id="host-function.__kwdefaults__"),
    pytest.param("import json\njson.dumps.__name__ = 'x'", WRITE, id="host-function.__name__"),
    pytest.param("import json\njson.dumps.__doc__ = 'x'", WRITE, id="host-function.__doc__"),
    pytest.param("import json\njson.dumps.pwned = 1", WRITE, id="host-function-attribute"),
    pytest.param("import json\njson.JSONEncoder.__init__.__defaults__ = (1,)", WRITE,
                 id="host-method.__defaults__"),
    pytest.param("import math\nmath.__class__ = type('M', (), {})", WRITE,
                 id="proxy.__class__-assignment"),
]


@pytest.mark.parametrize(("code", "expect"), WRITES)
def test_write_on_host_object(box, code, expect):
    """Setting or deleting attributes of proxies and host objects fails; host unchanged."""
    box.attack(code, expect)
    assert math.pi == 3.141592653589793


IN_PLACE = [
    pytest.param("import json\njson.__dict__['dumps'] = print\nvars(json)['loads'] = print",
                 id="module.__dict__-item-assignment"),
    pytest.param("import json\nvars(json).update(dumps=print)\nvars(json).clear()",
                 id="vars(module).update/clear"),
    pytest.param("import json\njson.JSONEncoder.__dict__['default'] = print",
                 id="class.__dict__-item-assignment"),
    pytest.param("import json\njson.dumps.__dict__['pwned'] = 1\n"
                 "json.dumps.__dict__.update(x=2)", id="host-function.__dict__"),
    pytest.param("import functools, json\ndef f():\n    'doc'\n"
                 "functools.update_wrapper(json.dumps, f)", id="functools.update_wrapper"),
    pytest.param("import functools, json\ndef f():\n    pass\nfunctools.wraps(f)(json.loads)",
                 id="functools.wraps"),
    pytest.param("import dataclasses, json\ndataclasses.dataclass(json.JSONEncoder)",
                 id="dataclasses.dataclass(host-class)"),
    pytest.param("import typing, json\ntyping.final(json.dumps)", id="typing.final(host-fn)"),
    pytest.param("import typing, json\ntyping.no_type_check(json.JSONEncoder)",
                 id="typing.no_type_check(host-class)"),
    pytest.param("import typing, json\ntyping.dataclass_transform()(json.JSONDecoder)",
                 id="typing.dataclass_transform"),
    pytest.param("import abc, json\nabc.abstractmethod(json.loads)",
                 id="abc.abstractmethod(host-fn)"),
    pytest.param("import functools, json\nfunctools.total_ordering(json.JSONDecodeError)",
                 id="functools.total_ordering(host-class)"),
    pytest.param("import copy\ncopy.dispatch_table[int] = lambda x: (int, (5,))",
                 id="copy.dispatch_table"),
    pytest.param("import collections\ncollections.abc.Collection.register(complex)",
                 id="collections.abc-register-host-class"),
    pytest.param("import abc\nabc.ABC.register(complex)", id="abc.ABC.register(complex)"),
    pytest.param("import abc\nabc.ABCMeta.register(abc.ABC, float)",
                 id="ABCMeta.register-unbound"),
    pytest.param("import decimal\ndecimal.getcontext().prec = 3", id="getcontext().prec"),
    pytest.param("import decimal\ndecimal.DefaultContext.prec = 3", id="DefaultContext.prec"),
    pytest.param("import decimal\nobject.__setattr__(decimal.DefaultContext, 'prec', 3)",
                 id="object.__setattr__(DefaultContext)"),
    pytest.param("import decimal\ndecimal.BasicContext.prec = 3\n"
                 "decimal.ExtendedContext.traps[decimal.Inexact] = True",
                 id="BasicContext/ExtendedContext"),
    pytest.param("import decimal\ndecimal.setcontext(decimal.Context(prec=3))",
                 id="decimal.setcontext"),
    pytest.param("import decimal\ndecimal.getcontext().traps[decimal.Inexact] = True",
                 id="getcontext().traps"),
    pytest.param("import decimal\ndecimal.DefaultContext.traps[decimal.Overflow] = False",
                 id="DefaultContext.traps"),
    pytest.param("import enum, json\nenum.unique(json.JSONEncoder)", id="enum.unique"),
    pytest.param("import functools, json\ncp = functools.cached_property(lambda self: 'pwned')\n"
                 "cp.__set_name__(None, 'pwned')\ncp.__get__(json.dumps)",
                 id="cached_property-writes-host-function-dict"),
    pytest.param("import functools, json\ncp = functools.cached_property(lambda self: 'pwned')\n"
                 "cp.__set_name__(None, 'dumps')\ncp.__get__(json)",
                 id="cached_property-writes-module-proxy"),
    pytest.param("import typing\ntyping.runtime_checkable(typing.Protocol)",
                 id="typing.runtime_checkable(host-Protocol)"),
]


@pytest.mark.parametrize("code", IN_PLACE)
def test_in_place_change_of_host_state(box, code):
    """Host helpers that write on their arguments cannot be aimed at host objects."""
    box.attack(code, None)
    assert not issubclass(complex, collections.abc.Collection)
    assert not issubclass(complex, abc.ABC)
    assert json.dumps([1]) == "[1]"


def test_random_does_not_share_host_state(box):
    """``random.seed``/``random.random`` in the sandbox leave the host's random state alone."""
    before = random.getstate()
    box.attack("import random\nrandom.seed(1)\n[random.random() for _ in range(5)]\n"
               "random.shuffle([1, 2, 3])\nrandom.setstate(random.getstate())", None)
    assert random.getstate() == before, "the sandbox changed the host's global random state"
    diffs = box.snapshot.differences(include_random=True)
    assert not diffs, diffs


def test_decimal_context_is_not_the_hosts(box):
    """Changing the decimal context in the sandbox does not change the host's."""
    before = decimal.getcontext().prec
    out = box.attack("import decimal\ntry:\n    decimal.getcontext().prec = 5\n"
                     "except Exception:\n    pass\nstr(decimal.Decimal(1) / decimal.Decimal(3))",
                     None)
    assert decimal.getcontext().prec == before, out.describe()


def test_pollution_does_not_cross_sessions(box):
    """What one session tries on shared proxies, another session never sees."""
    attempts = [
        "json.dumps = print", "json.pwned = 1", "setattr(json, 'loads', print)",
        "del json.dumps", "json.__dict__['dumps'] = print", "vars(json)['pwned'] = 1",
        "math.pi = 3", "type(json).__getattr__ = lambda self, n: 1",
        "type(json).pwned = 1",
    ]
    lines = ["import json, math"]
    for a in attempts:
        lines += ["try:", f"    {a}", "except Exception:", "    pass"]
    box.attack("\n".join(lines), None)
    out = box.attack("import json, math\n[json.dumps([1]), json.loads('[2]'), math.pi,"
                     " hasattr(json, 'pwned'), hasattr(math, 'anything')]", None)
    assert out.error is None, out.describe()
    assert out.value == ["[1]", [2], math.pi, False, False], out.describe()


def test_typing_excluded_attributes_list_is_not_shared(box):
    """``typing.EXCLUDED_ATTRIBUTES`` is a mutable host list; sandbox changes must not reach it."""
    import typing

    before = list(typing.EXCLUDED_ATTRIBUTES)
    try:
        box.attack("import typing\nex = typing.EXCLUDED_ATTRIBUTES\ntry:\n    ex.clear()\n"
                   "    ex.append('pwned')\nexcept Exception:\n    pass", None)
        assert typing.EXCLUDED_ATTRIBUTES == before, "the host's typing internals were changed"
    finally:
        typing.EXCLUDED_ATTRIBUTES[:] = before


def _host_overloaded(x):  # pragma: no cover - only its registered overloads matter
    return x


def test_typing_clear_overloads_does_not_clear_the_hosts(box):
    """``typing.clear_overloads()`` in a cell must not empty the host's overload registry."""
    import typing

    def stub(x: int) -> int: ...

    stub.__name__ = stub.__qualname__ = "_host_overloaded"
    stub.__module__ = __name__
    typing.overload(stub)
    assert typing.get_overloads(_host_overloaded)
    try:
        box.attack("import typing\ntyping.clear_overloads()", None)
        assert typing.get_overloads(_host_overloaded), "the host's overloads were cleared"
    finally:
        typing.clear_overloads()


def test_module_proxy_cannot_be_reinitialised(box):
    """``type(json).__init__(json, ...)`` would rewrite a read-only proxy in place."""
    s = box.session()
    box.attack("import json\ntype(json).__init__(json, 'json', {'dumps': lambda *a: 'pwned'},"
               " ('dumps',))", DENIED + (TypeError,), session=s)
    out = box.attack("json.dumps([1])", None, session=s)
    assert out.error is None and out.value == "[1]", out.describe()


def test_typing_overload_does_not_register_host_functions(box):
    """``typing.overload(json.dumps)`` would add a host function to the host's registry."""
    import typing

    before = typing.get_overloads(json.dumps)
    try:
        box.attack("import typing, json\ntyping.overload(json.dumps)", None)
        assert typing.get_overloads(json.dumps) == before, "host overload registry changed"
    finally:
        if typing.get_overloads(json.dumps) != before:
            typing.clear_overloads()
