"""Pickling and copying: ``__reduce__``/``__reduce_ex__`` and ``copy`` with a malicious reduce.

``obj.__reduce_ex__(2)`` hands out ``copyreg`` internals; ``copy.copy`` trusts what a
class's ``__reduce_ex__`` returns and then calls ``setattr``/``__dict__.update`` on the
object it rebuilt *in host code*, which must not become a way to write on host classes,
host functions or module proxies.
"""

from __future__ import annotations

import json

import pytest

from ._sandbox import DENIED

pytestmark = pytest.mark.timeout(60, method="thread")

REDUCE = [
    pytest.param("[].__reduce_ex__(2)[0].__globals__", id="list.__reduce_ex__"),
    pytest.param("(1).__reduce__()", id="int.__reduce__"),
    pytest.param("object.__reduce_ex__(print, 2)", id="object.__reduce_ex__(print)"),
    pytest.param("import json\ngetattr(json.JSONEncoder(), '__reduce_ex__')(2)",
                 id="getattr(host-instance,__reduce_ex__)"),
    pytest.param("import json\nobject.__reduce__(json)", id="object.__reduce__(module-proxy)"),
    pytest.param("class A:\n    pass\nA().__reduce_ex__(2)", id="user-instance.__reduce_ex__"),
    pytest.param("import json\njson.JSONEncoder().__getstate__()", id="__getstate__"),
]


@pytest.mark.parametrize("code", REDUCE)
def test_reduce_is_denied(box, code):
    """``__reduce__``/``__reduce_ex__``/``__getstate__`` cannot be read."""
    box.attack(code, DENIED)


EVIL_REDUCE = """
import copy, json, functools
def evil(*a, **k):
    return 'pwned'
class Evil:
    def {method}(self, *proto):
        return ((lambda: {target}), (), {state})
try:
    copy.{copier}(Evil())
except Exception as e:
    err = e
[json.dumps([1]), json.JSONEncoder().encode([2])]
"""

EVIL_CASES = [
    pytest.param("__reduce_ex__", "copy", "json.JSONEncoder", "(None, {'default': evil})",
                 id="copy-setattr-on-host-class"),
    pytest.param("__reduce__", "copy", "json.JSONEncoder", "(None, {'encode': evil})",
                 id="copy-__reduce__-setattr-on-host-class"),
    pytest.param("__reduce_ex__", "deepcopy", "json.JSONEncoder", "(None, {'encode': evil})",
                 id="deepcopy-setattr-on-host-class"),
    pytest.param("__reduce_ex__", "copy", "json.dumps",
                 "(None, {'__name__': 'x', '__wrapped__': evil})",
                 id="copy-setattr-on-host-function"),
    pytest.param("__reduce_ex__", "copy", "json", "(None, {'dumps': evil})",
                 id="copy-setattr-on-module-proxy"),
    pytest.param("__reduce_ex__", "copy", "json", "{'dumps': evil}",
                 id="copy-dict-update-on-module-proxy"),
    pytest.param("__reduce_ex__", "copy", "json.JSONEncoder.__dict__", "{'default': evil}",
                 id="copy-dict-update-on-class-namespace"),
]


@pytest.mark.parametrize(("method", "copier", "target", "state"), EVIL_CASES)
def test_copy_with_malicious_reduce(box, method, copier, target, state):
    """``copy`` rebuilding an object via a user reduce cannot write on host objects."""
    code = EVIL_REDUCE.format(method=method, copier=copier, target=target, state=state)
    out = box.attack(code, None)
    if out.error is None:
        assert out.value == ["[1]", "[2]"], out.describe()
    assert json.JSONEncoder.__dict__["default"].__name__ == "default"
    # A fresh session (sharing any cached module proxies) still sees the real json.
    fresh = box.attack("import json\n[json.dumps([1]), json.JSONEncoder().encode([2]),"
                       " hasattr(json, 'pwned')]", None)
    assert fresh.error is None and fresh.value == ["[1]", "[2]", False], fresh.describe()


def test_copy_of_module_proxy_is_not_the_real_module(box):
    """``copy.copy``/``deepcopy`` of a module proxy never hand back the real module."""
    box.attack("import copy, json, math\nout = []\nfor f in (copy.copy, copy.deepcopy):\n"
               "    for m in (json, math):\n        try:\n            out.append(f(m))\n"
               "        except Exception as e:\n            out.append(type(e).__name__)\nout",
               None)


def test_reduce_returning_guarded_callables(box):
    """A reduce that asks ``copy`` to call ``getattr(len, '__self__')`` gets nothing."""
    code = """
import copy
class Evil:
    def __reduce_ex__(self, proto):
        return (getattr, (len, '__self__'))
copy.copy(Evil())
"""
    box.attack(code, DENIED)


def test_deepcopy_memo_and_dispatch_stay_private(box):
    """``__deepcopy__`` receives a memo with only user objects; ``copy`` internals stay hidden."""
    code = """
import copy
seen = []
class A:
    def __deepcopy__(self, memo):
        seen.append(memo)
        return A()
copy.deepcopy([A(), {'k': A()}])
out = [seen]
for name in ('_deepcopy_dispatch', '_copy_dispatch', 'dispatch_table', '_reconstruct'):
    try:
        out.append(getattr(copy, name))
    except AttributeError:
        pass
out
"""
    box.attack(code, None)
