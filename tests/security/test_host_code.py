"""Host code that runs what sandbox data tells it to: ``exec``/``eval``/``sys.modules``.

Some allowed library functions turn *data* into *code* or module access on the host
side: ``dataclasses`` builds methods with ``exec`` from field names, ``typing`` evaluates
forward references with ``eval`` in a module's globals (``functools.singledispatch``
``register`` does it for you), ``enum`` reads and writes ``sys.modules[...]``.  The
sandbox must not let user data reach these paths.  Every payload here tries to create
the marker file or read the secret on the host.
"""

from __future__ import annotations

import pytest

from ._sandbox import ANY_ERROR

pytestmark = pytest.mark.timeout(60, method="thread")

DATACLASS_INJECTION = [
    pytest.param("eq=True", "C() == C()", id="field-name-into-__eq__"),
    pytest.param("eq=True, order=True", "C() < C()", id="field-name-into-__lt__"),
    pytest.param("eq=True, unsafe_hash=True", "hash(C())", id="field-name-into-__hash__"),
    pytest.param("eq=False, repr=True", "repr(C())", id="field-name-into-__repr__"),
]


@pytest.mark.parametrize(("options", "trigger"), DATACLASS_INJECTION)
def test_dataclass_field_name_code_injection(box, options, trigger):
    """A field name from ``__annotations__`` keys must not become code in dataclass methods."""
    code = f"""
import dataclasses
class C:
    __annotations__ = {{"x,__import__('os').system(MARKER_CMD)": int}}
    x = 1
C = dataclasses.dataclass(init=False, {options})(C)
{trigger}
"""
    box.attack(code, None)


def test_dataclass_field_name_injection_set_after_class_creation(box):
    """The same injection with ``__annotations__`` assigned after the class body."""
    code = """
import dataclasses
class C:
    x = 1
C.__annotations__ = {"x,open(SECRET_PATH).read()": int}
C = dataclasses.dataclass(init=False, repr=False)(C)
C() == C()
"""
    box.attack(code, None)


def test_make_dataclass_rejects_code_in_names(box):
    """``make_dataclass`` with a field name carrying code fails (CPython checks identifiers)."""
    box.attack("import dataclasses\ndataclasses.make_dataclass('C', "
               "[\"x,__import__('os').system(MARKER_CMD)\"])", ANY_ERROR)


def test_enum_convert_reads_host_module_globals(box):
    """``Enum._convert_`` on a user subclass reads ``sys.modules['os']`` and hands out
    ``os.system`` as a member value."""
    code = """
import enum
class E(enum.Enum):
    pass
X = E._convert_('PBXX', 'os', lambda n: n == 'system')
X.system.value(MARKER_CMD)
"""
    box.attack(code, ANY_ERROR)


def test_enum_convert_writes_host_module(box):
    """``Enum._convert_`` also writes the new enum into the host module's namespace."""
    code = """
import enum
class E(enum.IntEnum):
    pass
E._convert_('PBX_POLLUTED', 'json', lambda n: False)
"""
    box.attack(code, ANY_ERROR)


@pytest.mark.parametrize("module", ["json", "builtins", "math"])
def test_enum_global_enum_pollutes_no_module(box, module):
    """``enum.global_enum`` would copy members into ``sys.modules[cls.__module__]``."""
    code = f"""
import enum
class E(enum.Enum):
    __module__ = {module!r}
    PBX_POLLUTED = 1
    pi = 3
enum.global_enum(E)
"""
    box.attack(code, ANY_ERROR)


REGISTER = """
import typing, functools
{make_ref}
@functools.singledispatch
def f(x):
    return 'base'
def g(x):
    return 'g'
g.__annotations__ = {{'x': ref}}
f.register(g)
"""

FORWARD_REFS = [
    pytest.param("ref = typing.ForwardRef('open(%r).read()' % SECRET_PATH, module='builtins')",
                 id="ForwardRef(module=builtins)-reads-secret"),
    pytest.param("ref = typing.ForwardRef('system(%r)' % MARKER_CMD, module='os')",
                 id="ForwardRef(module=os)-runs-shell"),
    pytest.param("P = typing.TypedDict('P', {'a': 'open(%r).read()' % SECRET_PATH})\n"
                 "ref = P.__annotations__['a']", id="TypedDict-made-ForwardRef"),
    pytest.param("ref = typing.List[typing.ForwardRef('open(%r, \"w\")' % MARKER_PATH, "
                 "module='builtins')]", id="ForwardRef-nested-in-generic"),
    pytest.param("ref = 'open(%r).read()' % SECRET_PATH", id="plain-string-annotation"),
]


@pytest.mark.parametrize("make_ref", FORWARD_REFS)
def test_forward_ref_evaluated_by_singledispatch(box, make_ref):
    """``singledispatch.register`` evaluates annotations with the host's ``eval``."""
    box.attack(REGISTER.format(make_ref=make_ref), ANY_ERROR)


def test_forward_ref_in_def_annotation(box):
    """The same through a ``def`` annotation instead of an ``__annotations__`` assignment."""
    code = """
import typing, functools
ref = typing.ForwardRef('system(%r)' % MARKER_CMD, module='os')
@functools.singledispatch
def f(x):
    return 'base'
@f.register
def _(x: ref):
    return 'g'
"""
    box.attack(code, ANY_ERROR)


def test_forward_ref_via_singledispatchmethod(box):
    """``singledispatchmethod.register`` evaluates annotations too."""
    code = """
import typing, functools
ref = typing.ForwardRef('open(%r).read()' % SECRET_PATH, module='builtins')
class A:
    @functools.singledispatchmethod
    def m(self, x):
        return 'base'
    def _g(self, x):
        return 'g'
    _g.__annotations__ = {'x': ref}
    m.register(_g)
"""
    box.attack(code, ANY_ERROR)


def test_annotations_mutated_in_place_before_register(box):
    """An annotation dict changed in place after the definition is checked at register time."""
    code = """
import functools
@functools.singledispatch
def f(x):
    return 'base'
def g(x: int):
    return 'g'
g.__annotations__['x'] = 'open(%r).read()' % SECRET_PATH
f.register(g)
"""
    box.attack(code, ANY_ERROR)


def test_forward_ref_internals_are_hidden(box):
    """A ForwardRef's compiled code and evaluation method stay out of reach."""
    box.attack("import typing\nr = typing.ForwardRef('int')\n"
               "[r.__forward_code__, r._evaluate(None, None, frozenset())]", ANY_ERROR)
