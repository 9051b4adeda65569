"""Introspection chains: the classic ways out of a Python sandbox.

Each cell walks from an innocent object towards ``object.__subclasses__()``, a function's
``__globals__``/``__builtins__``/``__code__``/``__closure__``, the builtins module behind
``print.__self__``, ``__getattribute__``, ``__reduce__``, module loaders and namespaces, and
then tries to read the secret file or create the marker.  The guard must stop every chain
(ForbiddenAttributeError / SecurityError) and nothing from the host may come back.
"""

from __future__ import annotations

import pytest

from ._sandbox import ANY_ERROR, DENIED, OK

pytestmark = pytest.mark.timeout(60, method="thread")

LOOKUP = DENIED + (KeyError, TypeError)

SUBCLASS_PAYLOAD = """
for c in classes:
    if c.__name__ in ('_wrap_close', 'Popen', 'FileLoader', 'catch_warnings'):
        g = c.__init__.__globals__
        g['__builtins__']['open'](MARKER_PATH, 'w')
        print(g['__builtins__']['open'](SECRET_PATH).read())
"""

CHAINS = [
    pytest.param("classes = ().__class__.__base__.__subclasses__()" + SUBCLASS_PAYLOAD, DENIED,
                 id="tuple.__class__.__base__.__subclasses__"),
    pytest.param("classes = ''.__class__.__mro__[-1].__subclasses__()" + SUBCLASS_PAYLOAD, DENIED,
                 id="str.__mro__[-1].__subclasses__"),
    pytest.param("classes = type.__subclasses__(object)" + SUBCLASS_PAYLOAD, DENIED,
                 id="type.__subclasses__(object)"),
    pytest.param("classes = object.__subclasses__()" + SUBCLASS_PAYLOAD, DENIED,
                 id="object.__subclasses__"),
    pytest.param("classes = type.__dict__['__subclasses__'](object)" + SUBCLASS_PAYLOAD, LOOKUP,
                 id="type.__dict__[__subclasses__]"),
    pytest.param("classes = vars(type)['__subclasses__'](object)" + SUBCLASS_PAYLOAD, LOOKUP,
                 id="vars(type)[__subclasses__]"),
    pytest.param("classes = getattr(object, '__sub' + 'classes__')()" + SUBCLASS_PAYLOAD, DENIED,
                 id="getattr-with-built-name"),
    pytest.param(
        "class S(str):\n"
        "    def startswith(self, *a):\n        return False\n"
        "    def __eq__(self, other):\n        return False\n"
        "    def __hash__(self):\n        return 0\n"
        "classes = getattr(object, S('__subclasses__'))()" + SUBCLASS_PAYLOAD, DENIED,
        id="getattr-with-lying-str-subclass"),
    pytest.param("import operator\nclasses = operator.attrgetter('__subclasses__')(object)()"
                 + SUBCLASS_PAYLOAD, DENIED, id="operator.attrgetter"),
    pytest.param("import operator\nclasses = operator.attrgetter('__class__.__base__."
                 "__subclasses__')(())()" + SUBCLASS_PAYLOAD, DENIED,
                 id="operator.attrgetter-dotted"),
    pytest.param("import operator\nclasses = operator.methodcaller('__subclasses__')(object)"
                 + SUBCLASS_PAYLOAD, DENIED, id="operator.methodcaller"),
    pytest.param("import functools\nclasses = functools.reduce(getattr, ['__class__', "
                 "'__base__', '__subclasses__'], ())()" + SUBCLASS_PAYLOAD, DENIED,
                 id="functools.reduce(getattr)"),
    pytest.param("classes = list(map(getattr, [object], ['__subclasses__']))[0]()"
                 + SUBCLASS_PAYLOAD, DENIED, id="map(getattr)"),
    pytest.param("classes = super(type, object).__subclasses__()" + SUBCLASS_PAYLOAD, DENIED,
                 id="super(type,object).__subclasses__"),
    pytest.param("classes = object.__getattribute__(object, '__subclasses__')()"
                 + SUBCLASS_PAYLOAD, DENIED, id="object.__getattribute__"),
    pytest.param("classes = type.__getattribute__(object, '__subclasses__')()"
                 + SUBCLASS_PAYLOAD, DENIED, id="type.__getattribute__"),
    pytest.param("cls = (1).__getattribute__('__class__')\nclasses = cls.__subclasses__()"
                 + SUBCLASS_PAYLOAD, DENIED, id="instance.__getattribute__"),
    pytest.param("classes = vars(object)['__getattribute__'](object, '__subclasses__')()"
                 + SUBCLASS_PAYLOAD, LOOKUP, id="vars(object)[__getattribute__]"),
    pytest.param("getter = getattr(type, '__getattribute__')\n"
                 "classes = getter(object, '__subclasses__')()" + SUBCLASS_PAYLOAD, DENIED,
                 id="getattr(type,__getattribute__)"),
]


@pytest.mark.parametrize(("code", "expect"), CHAINS)
def test_subclasses_chain(box, code, expect):
    """Reaching object.__subclasses__() (and from there os._wrap_close globals) fails."""
    box.attack(code, expect)


FUNCTION_INTERNALS = [
    pytest.param("def f():\n    pass\nf.__globals__['__builtins__']['open'](SECRET_PATH).read()",
                 DENIED, id="user-function.__globals__"),
    pytest.param("getattr(lambda: 0, '__glob' + 'als__')['__builtins__']", DENIED,
                 id="lambda.__globals__-via-getattr"),
    pytest.param("(lambda: 0).__builtins__['open'](SECRET_PATH).read()", DENIED,
                 id="lambda.__builtins__"),
    pytest.param("def f():\n    return 1\nf.__code__.co_consts", DENIED,
                 id="user-function.__code__"),
    pytest.param("def f():\n    return 1\ntype(f.__code__)", DENIED,
                 id="user-function-code-type"),
    pytest.param("def outer():\n    x = print\n    def inner():\n        return x\n"
                 "    return inner\nouter().__closure__[0].cell_contents", DENIED,
                 id="user-closure.__closure__"),
    pytest.param("import json\njson.dumps.__globals__['__builtins__']['open'](SECRET_PATH)"
                 ".read()", DENIED, id="host-function.__globals__"),
    pytest.param("import json\njson.JSONEncoder.__init__.__globals__['sys'].modules['os']"
                 ".system(MARKER_CMD)", DENIED, id="host-method.__globals__"),
    pytest.param("import json\njson.dumps.__code__", DENIED, id="host-function.__code__"),
    pytest.param("import json\njson.dumps.__builtins__['open'](SECRET_PATH).read()", DENIED,
                 id="host-function.__builtins__"),
    pytest.param("import random\nrandom.Random.seed.__globals__['_os'].system(MARKER_CMD)",
                 DENIED, id="random.Random.seed.__globals__"),
]


@pytest.mark.parametrize(("code", "expect"), FUNCTION_INTERNALS)
def test_function_internals(box, code, expect):
    """__globals__/__builtins__/__code__/__closure__ of user and host functions are denied."""
    box.attack(code, expect)


SELF_OF_BUILTINS = [
    pytest.param("print.__self__.open(SECRET_PATH).read()", id="print.__self__"),
    pytest.param("len.__self__.open(SECRET_PATH).read()", id="len.__self__"),
    pytest.param("getattr(abs, '__self__').__dict__['open'](SECRET_PATH).read()",
                 id="getattr(abs,__self__)"),
    pytest.param("import operator\noperator.attrgetter('__self__')(len).__import__('os')"
                 ".system(MARKER_CMD)", id="attrgetter(__self__)(len)"),
    pytest.param("[].__class__.__dict__['append'].__objclass__", id="descriptor.__objclass__"),
    pytest.param("vars(type(len))['__call__'].__self__", id="wrapper.__self__"),
]


@pytest.mark.parametrize("code", SELF_OF_BUILTINS)
def test_self_of_builtins(box, code):
    """``__self__`` of a builtin is the real builtins module: it must never come back."""
    box.attack(code, DENIED + (KeyError,))


MODULE_INTERNALS = [
    pytest.param("import json\njson.__loader__.get_data(SECRET_PATH)", DENIED,
                 id="module.__loader__.get_data"),
    pytest.param("import json\njson.__spec__.loader.get_data(SECRET_PATH)", DENIED,
                 id="module.__spec__.loader"),
    pytest.param("import math\nmath.__builtins__", DENIED, id="module.__builtins__"),
    pytest.param("import json\njson.__file__", DENIED, id="module.__file__"),
    pytest.param("__loader__.get_data(SECRET_PATH)", DENIED + (NameError,),
                 id="cell-__loader__"),
    pytest.param("__spec__.loader.get_data(SECRET_PATH)", DENIED + (NameError,),
                 id="cell-__spec__"),
    pytest.param("import json\njson.__dict__['decoder'].scanstring", LOOKUP,
                 id="module.__dict__[submodule]"),
    pytest.param("import json\nvars(json)['__builtins__']['open'](SECRET_PATH).read()", LOOKUP,
                 id="vars(module)[__builtins__]"),
    pytest.param("import json\njson.__dict__['__loader__'].get_data(SECRET_PATH)", LOOKUP,
                 id="module.__dict__[__loader__]"),
]


@pytest.mark.parametrize(("code", "expect"), MODULE_INTERNALS)
def test_module_internals(box, code, expect):
    """A module proxy hides its loader, spec, file, builtins and submodules."""
    box.attack(code, expect)


def test_module_namespace_copy_has_no_escape(box):
    """``vars(module)``/``module.__dict__`` hold only allowed names, never modules."""
    box.attack("import json, random, typing, asyncio, dataclasses, enum\n"
               "[dict(vars(m)) for m in (json, random, typing, asyncio, dataclasses, enum)]"
               " + [dict(json.__dict__)]", None)


def test_dir_of_module_lists_only_allowed_names(box):
    """``dir(json)`` shows no submodules or loader internals."""
    out = box.attack("import json\nsorted(set(dir(json)) & {'decoder', 'encoder', 'scanner',"
                     " 'codecs', '__loader__', '__spec__', '__file__', '__builtins__'})", OK)
    assert out.value == [], out.describe()


def test_dir_and_hasattr_hide_denied_names(box):
    """``dir(type)`` does not offer ``__subclasses__`` and ``hasattr`` sees it as missing."""
    out = box.attack("('__subclasses__' in dir(type), hasattr(object, '__subclasses__'),"
                     " hasattr(print, '__self__'))", OK)
    assert out.value == (False, False, False), out.describe()


def test_vars_and_dir_without_arguments(box):
    """``vars()``, ``dir()`` and ``globals()`` show the cell namespace, not host namespaces."""
    box.attack("x = 1\nout = [dir(), dict(vars())]\n"
               "try:\n    out.append(dict(globals()))\nexcept NameError:\n    pass\n"
               "try:\n    out.append(dict(locals()))\nexcept NameError:\n    pass\nout", None)


def test_dir_then_getattr_sweep(box):
    """Every attribute ``dir`` offers on common objects is safe to read."""
    code = """
import json, asyncio, string, functools
def gen():
    yield 1
async def coro():
    return 1
class C:
    pass
try:
    1 / 0
except Exception as e:
    err = e
co = coro()
objs = [gen, gen(), co, C, C(), print, len, json, json.dumps, json.JSONEncoder, err,
        err.__traceback__, type, object, str.format, ''.format, super, property,
        classmethod(gen), staticmethod(gen), functools.partial(print), string.Formatter(),
        lambda: 0, (x for x in []), iter([]), range(3), memoryview(b'x'), int.__add__,
        [].append, ''.join, asyncio.sleep, input]
seen = []
for o in objs:
    for n in dir(o):
        try:
            seen.append(getattr(o, n))
        except Exception:
            pass
co.close()
seen
"""
    box.attack(code, OK)


def test_proxy_type_cannot_wrap_arbitrary_modules(box):
    """The module-proxy class itself cannot be used to build a proxy of ``os``."""
    code = """
import math
P = type(math)
got = []
for args in [('os',), ('os', 'os'), (None,), (), (math,)]:
    try:
        got.append(P(*args))
    except Exception:
        pass
    try:
        got.append(P.__new__(P, *args))
    except Exception:
        pass
for g in got:
    for attempt in ('system', 'popen', 'getcwd', 'environ', 'open', 'modules'):
        try:
            v = getattr(g, attempt)
        except Exception:
            continue
        try:
            v(MARKER_CMD)
        except Exception:
            pass
got
"""
    box.attack(code, None)


def test_proxy_class_namespace(box):
    """``type(module).__dict__``/``vars`` of the proxy class leak no real module."""
    code = """
import json
P = type(json)
out = [dict(vars(P)), dir(P)]
for n in dir(P):
    try:
        v = getattr(P, n)
    except Exception:
        continue
    out.append(v)
    try:
        out.append(v(json))
    except Exception:
        pass
out
"""
    box.attack(code, None)


def test_interpreter_function_type_is_not_a_constructor_for_host_code(box):
    """``type(f)`` of a sandbox function cannot build a function from host internals."""
    code = """
def f():
    return 1
FT = type(f)
made = []
for args in [(f,), (f, {}), ('print(1)',), (None, None)]:
    try:
        made.append(FT(*args))
    except Exception:
        pass
made
"""
    box.attack(code, None)


def test_exception_args_do_not_carry_host_objects(box):
    """Errors raised by the guard carry no host objects in ``args``."""
    code = """
errs = []
for expr in ('object.__subclasses__', 'print.__self__', 'len.__self__'):
    try:
        eval_me = {'object.__subclasses__': lambda: object.__subclasses__,
                   'print.__self__': lambda: print.__self__,
                   'len.__self__': lambda: len.__self__}[expr]
        eval_me()
    except Exception as e:
        errs.append(e)
        errs.append(e.args)
errs
"""
    box.attack(code, OK)


@pytest.mark.parametrize("code", [
    pytest.param("object.__subclasses__", id="object.__subclasses__"),
    pytest.param("len.__self__", id="len.__self__"),
])
def test_denied_attribute_error_is_catchable_as_attribute_error(box, code):
    """The guard's error is an AttributeError user code can catch (and nothing leaks)."""
    out = box.attack(f"try:\n    {code}\n    r = 'leaked'\nexcept AttributeError as e:\n"
                     f"    r = 'caught'\nexcept Exception as e:\n    r = 'caught-other'\nr",
                     OK)
    assert out.value in ("caught", "caught-other"), out.describe()


def test_any_error_is_fine_for_type_call_tricks(box):
    """``type.__call__``/``type.mro`` on host types hand back nothing dangerous."""
    box.attack("out = [type.mro(int), type.__call__(int, '5'), int.__mro__, type(print),"
               " type(type(print)), type(len).__name__]\nout", None)
    box.attack("type.__subclasses__.__self__", ANY_ERROR)
