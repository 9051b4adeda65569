"""Format-string attacks: attribute lookups done by C code inside ``str.format``.

``"{0.__globals__[__file__]}".format(json.dumps)`` reads attributes by name without going
through the interpreter's ``a.b``; every route to the real ``str.format``,
``str.format_map`` and ``string.Formatter.get_field`` must pass the guard.  The payloads
ask for host paths and host globals, so a leak is visible in the result.
"""

from __future__ import annotations

import pytest

from ._sandbox import DENIED

pytestmark = pytest.mark.timeout(60, method="thread")

LOOKUP = DENIED + (KeyError, TypeError)
PRE = "import json, string, operator\n"

FORMAT_ATTACKS = [
    pytest.param("'{0.__class__.__mro__}'.format(1)", DENIED, id="str.format-__class__"),
    pytest.param("class A:\n    def __init__(self):\n        pass\n"
                 "'{0.__init__.__globals__}'.format(A())", DENIED, id="str.format-__globals__"),
    pytest.param("'{0.__globals__[__file__]}'.format(json.dumps)", DENIED,
                 id="str.format-host-__globals__"),
    pytest.param("'{0.__globals__[__builtins__][open]}'.format(json.dumps)", DENIED,
                 id="str.format-host-__builtins__"),
    pytest.param("'{x.__class__.__base__.__subclasses__}'.format_map({'x': ()})", DENIED,
                 id="format_map-__subclasses__"),
    pytest.param("str.format('{0.__class__.__mro__}', 1)", DENIED, id="unbound-str.format"),
    pytest.param("str.format_map('{f.__globals__[__file__]}', {'f': json.dumps})", DENIED,
                 id="unbound-str.format_map"),
    pytest.param("getattr(str, 'format')('{0.__globals__[__file__]}', json.dumps)", DENIED,
                 id="getattr(str,format)"),
    pytest.param("list(map('{0.__globals__[__file__]}'.format, [json.dumps]))", DENIED,
                 id="map(bound-format)"),
    pytest.param("string.Formatter().format('{0.__globals__[__file__]}', json.dumps)", DENIED,
                 id="string.Formatter().format"),
    pytest.param("string.Formatter().vformat('{0.__class__.__mro__}', (1,), {})", DENIED,
                 id="string.Formatter().vformat"),
    pytest.param("string.Formatter().get_field('0.__globals__', (json.dumps,), {})[0]", DENIED,
                 id="string.Formatter().get_field"),
    pytest.param("SF = string.Formatter\nclass F(SF):\n"
                 "    def get_field(self, field_name, args, kwargs):\n"
                 "        return super(SF, self).get_field(field_name, args, kwargs)\n"
                 "F().format('{0.__globals__[__file__]}', json.dumps)", DENIED + (TypeError,),
                 id="Formatter-subclass-skipping-the-guard-via-super"),
    pytest.param("base = string.Formatter.__mro__[1]\n"
                 "base().format('{0.__globals__[__file__]}', json.dumps)",
                 DENIED + (TypeError,), id="Formatter.__mro__[1]"),
    pytest.param("vars(str)['format']('{0.__globals__[__file__]}', json.dumps)", LOOKUP,
                 id="vars(str)[format]"),
    pytest.param("str.__dict__['format_map']('{f.__globals__[__file__]}', {'f': json.dumps})",
                 LOOKUP, id="str.__dict__[format_map]"),
    pytest.param("operator.methodcaller('format', json.dumps)('{0.__globals__[__file__]}')",
                 DENIED, id="operator.methodcaller(format)"),
    pytest.param("class S(str):\n    def leak(self, obj):\n        return super().format(obj)\n"
                 "S('{0.__globals__[__file__]}').leak(json.dumps)", DENIED,
                 id="zero-arg-super().format-in-str-subclass"),
    pytest.param("class S(str):\n    pass\nS('{0.__globals__[__file__]}').format(json.dumps)",
                 DENIED, id="str-subclass.format"),
    pytest.param("f'{().__class__.__base__.__subclasses__()}'", DENIED,
                 id="f-string-__subclasses__"),
    pytest.param("f'{json.dumps.__globals__!r}'", DENIED, id="f-string-__globals__"),
    pytest.param("def g():\n    yield 1\ngen = g()\n'{0.gi_frame.f_globals}'.format(gen)",
                 DENIED, id="str.format-gi_frame"),
    pytest.param("try:\n    1 / 0\nexcept Exception as e:\n    tb = e.__traceback__\n"
                 "'{0.tb_frame.f_globals}'.format(tb)", DENIED, id="str.format-tb_frame"),
    pytest.param("'{0.__self__}'.format(len)", DENIED, id="str.format-__self__-of-builtin"),
    pytest.param("'{0[__builtins__]}'.format(vars())", None, id="str.format-vars()"),
    pytest.param("'{0.__class__}'.format.__self__.__class__.__subclasses__()", DENIED,
                 id="bound-format.__self__"),
]


@pytest.mark.parametrize(("code", "expect"), FORMAT_ATTACKS)
def test_format_string_attack(box, code, expect):
    """Field lookups inside format strings pass the attribute guard."""
    box.attack(PRE + code, expect)


def test_plain_formatting_still_works(box):
    """Ordinary format strings keep working (the guard is not a blanket ban)."""
    out = box.attack(PRE + "class P:\n    x = 3\n"
                     "('{0.x} {1[a]} {k:>4}'.format(P(), {'a': 1}, k='z'),"
                     " '{p.x}'.format_map({'p': P()}), string.Formatter().format('{0}', 7),"
                     " f'{P().x:03d}')", None)
    assert out.error is None and out.value == ("3 1    z", "3", "7", "003"), out.describe()
