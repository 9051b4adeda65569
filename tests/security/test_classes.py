"""Metaclass, descriptor, ``__init_subclass__``, ``__class_getitem__`` and finalizer tricks.

User classes are real classes, so CPython calls their hooks from C with host arguments.
Every hook still runs sandbox code, and what it reaches goes through the guard; a
finalizer that runs after the cell (on the host's garbage collection) stays bounded.
"""

from __future__ import annotations

import gc
import signal
import time

import pytest

from ._sandbox import DENIED

pytestmark = pytest.mark.timeout(60, method="thread")

HOOKS = [
    pytest.param("class M(type):\n    def leak(cls):\n        return type.__subclasses__(object)\n"
                 "class A(metaclass=M):\n    pass\nA.leak()", DENIED,
                 id="metaclass-method-type.__subclasses__"),
    pytest.param("class M(type):\n    def __getattribute__(cls, name):\n"
                 "        return super().__getattribute__(name)\n"
                 "class A(metaclass=M):\n    pass\nA.__subclasses__()", DENIED,
                 id="metaclass-__getattribute__-override"),
    pytest.param("class M(type):\n    def __getattr__(cls, name):\n"
                 "        return type.__getattribute__(cls, '__subclasses__')\n"
                 "class A(metaclass=M):\n    pass\nA.anything()", DENIED,
                 id="metaclass-__getattr__"),
    pytest.param("leaked = []\nclass Base:\n    def __init_subclass__(cls, **kw):\n"
                 "        leaked.append(cls.__base__.__base__.__subclasses__())\n"
                 "class Child(Base):\n    pass\nleaked", DENIED, id="__init_subclass__"),
    pytest.param("import json\nclass G:\n    def __class_getitem__(cls, item):\n"
                 "        return item.__globals__\nG[json.dumps]", DENIED,
                 id="__class_getitem__"),
    pytest.param("class D:\n    def __get__(self, inst, owner):\n"
                 "        return owner.__mro__[-1].__subclasses__()\n"
                 "class A:\n    d = D()\nA.d", DENIED, id="descriptor-__get__"),
    pytest.param("class D:\n    def __set_name__(self, owner, name):\n"
                 "        owner.leak = type.__subclasses__(object)\n"
                 "class A:\n    d = D()\nA.leak", DENIED + (RuntimeError,),
                 id="descriptor-__set_name__"),
    pytest.param("class A:\n    s = classmethod(type.__subclasses__)\nA.s()", DENIED,
                 id="classmethod(type.__subclasses__)"),
    pytest.param("import json\nclass A:\n    p = property(json.dumps.__globals__.get)\n"
                 "A().p", DENIED, id="property(host-globals.get)"),
    pytest.param("import json\nclass A:\n    pass\na = A()\na.__class__ = json.JSONEncoder",
                 DENIED + (TypeError,), id="__class__-assignment-to-host-class"),
    pytest.param("class A:\n    pass\nx = []\nx.__class__ = A", DENIED + (TypeError,),
                 id="__class__-assignment-on-host-object"),
    pytest.param("import json\nclass A:\n    pass\nA.__bases__ = (json.JSONEncoder,)",
                 DENIED + (TypeError,), id="__bases__-assignment"),
    pytest.param("class A:\n    pass\nA.__getattribute__ = lambda self, n: 1\n"
                 "A().__subclasses__", DENIED + (TypeError,), id="__getattribute__-assignment"),
    pytest.param("X = type('X', (), {})\nX.__subclasses__()", DENIED, id="type()-3-arg-class"),
    pytest.param("class M(type):\n    def mro(cls):\n        return [cls, object]\n"
                 "class A(metaclass=M):\n    pass\nA.__mro__[-1].__subclasses__()", DENIED,
                 id="metaclass-mro-override"),
]


@pytest.mark.parametrize(("code", "expect"), HOOKS)
def test_class_hook(box, code, expect):
    """Hooks CPython calls from C still run through the guard."""
    box.attack(code, expect)


def test_prepare_namespace_sees_no_internals(box):
    """A ``__prepare__`` spy dict sees only the class body's names, no interpreter internals."""
    code = """
log = []
class Spy(dict):
    def __setitem__(self, k, v):
        log.append((k, v))
        dict.__setitem__(self, k, v)
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return Spy()
class A(metaclass=M):
    x = 1
    def f(self):
        return __class__
    def g(self):
        return super().f()
log
"""
    box.attack(code, None)


def test_subclass_check_hooks_see_no_internals(box):
    """``__instancecheck__``/``__subclasscheck__`` called by ``except`` see only user values."""
    code = """
seen = []
class M(type):
    def __instancecheck__(cls, inst):
        seen.append(inst)
        return False
    def __subclasscheck__(cls, sub):
        seen.append(sub)
        return False
class Catch(Exception, metaclass=M):
    pass
import json
try:
    try:
        json.loads('{')
    except Catch:
        pass
except ValueError:
    pass
seen
"""
    box.attack(code, None)


def test_subclassing_module_proxy_reveals_nothing(box):
    """A user subclass of the module-proxy class can read no proxy internals."""
    code = """
import json
P = type(json)
out = []
try:
    class Q(P):
        pass
except Exception as e:
    Q = None
if Q is not None:
    for n in dir(Q):
        try:
            v = getattr(Q, n)
        except Exception:
            continue
        out.append(v)
        for args in ((json,), ()):
            try:
                out.append(v(*args))
            except Exception:
                pass
    for n in dir(json):
        try:
            out.append(getattr(Q, n))
        except Exception:
            pass
out
"""
    box.attack(code, None)


def test_subclassing_host_classes_reveals_no_private_internals(box):
    """Subclassing a host class does not unlock its private host attributes."""
    code = """
import json, string, random, asyncio
out = []
for base in (json.JSONEncoder, json.JSONDecoder, string.Formatter, random.Random,
             asyncio.Future, asyncio.Event):
    try:
        class S(base):
            pass
        inst = S()
    except Exception:
        continue
    for n in dir(S) + dir(inst):
        for o in (S, inst):
            try:
                out.append(getattr(o, n))
            except Exception:
                pass
out
"""
    box.attack(code, None)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_finalizer_after_the_cell_is_bounded(box):
    """``__del__`` that loops forever, run later by the host's GC, is stopped quickly."""
    s = box.session(timeout=1)
    box.attack("class A:\n    def __del__(self):\n        try:\n"
               "            open(MARKER_PATH, 'w')\n        except Exception:\n"
               "            pass\n        while True:\n            pass\n"
               "a = A()\na.self = a\ndel a", None, session=s)

    class HostTimeout(Exception):
        pass

    def on_alarm(signum, frame):
        raise HostTimeout

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, 8)
    t0 = time.monotonic()
    try:
        with box.recording() as events:
            gc.collect()
    except HostTimeout:
        pytest.fail("a sandbox __del__ kept the host's garbage collector busy for 8 s")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    assert time.monotonic() - t0 < 8
    assert not events, events
    assert not box.marker_path.exists()
    box.assert_alive(s)


def test_finalizer_at_cell_end_reaches_nothing(box):
    """``__del__`` that runs while the cell ends tries the escape chains and fails."""
    code = """
got = []
class A:
    def __del__(self):
        for attempt in (lambda: object.__subclasses__(), lambda: print.__self__,
                        lambda: open(SECRET_PATH).read()):
            try:
                got.append(attempt())
            except Exception as e:
                got.append(type(e).__name__)
A()
got
"""
    box.attack(code, None)


PRIVATE_VIA_SUBCLASS = [
    pytest.param("enum", "Enum", "_convert_", id="Enum._convert_"),
    pytest.param("enum", "IntEnum", "_convert_", id="IntEnum._convert_"),
    pytest.param("enum", "Flag", "_convert_", id="Flag._convert_"),
    pytest.param("asyncio", "Event", "_get_loop", id="Event._get_loop"),
    pytest.param("asyncio", "Queue", "_get_loop", id="Queue._get_loop"),
    pytest.param("asyncio", "Lock", "_get_loop", id="Lock._get_loop"),
    pytest.param("asyncio", "Future", "_loop", id="Future._loop"),
    pytest.param("asyncio", "Future", "_callbacks", id="Future._callbacks"),
    pytest.param("random", "Random", "_randbelow", id="Random._randbelow"),
    pytest.param("string", "Formatter", "_vformat", id="Formatter._vformat"),
]


@pytest.mark.parametrize(("module", "base", "attr"), PRIVATE_VIA_SUBCLASS)
def test_private_host_attribute_via_user_subclass(box, module, base, attr):
    """Subclassing a host class must not make its inherited private attributes readable."""
    code = f"""
import {module}
class S({module}.{base}):
    pass
async def main():
    try:
        inst = S()
    except Exception:
        inst = S
    return [getattr(S, {attr!r}, None), getattr(inst, {attr!r})]
await main()
"""
    box.attack(code, DENIED)
