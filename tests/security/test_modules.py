"""Module attribute walking: from every allowed module towards the modules it imports.

The real ``json`` module holds ``json.decoder``; ``random`` holds ``_os``; ``dataclasses``
holds ``builtins``; ``typing`` holds ``sys``.  Allowed modules are read-only proxies with an
allow-list of public names, so none of these (nor any module at all) is reachable: by
``a.b``, ``getattr``, ``__dict__`` or ``vars``.
"""

from __future__ import annotations

import types

import pytest

from ._sandbox import ALLOWED_MODULES, DENIED, OK, REAL_MODULES

pytestmark = pytest.mark.timeout(60, method="thread")

#: Submodules that a proxy may legitimately offer (as proxies themselves).
MAY_BE_OFFERED = {("collections", "abc")}

NAMED_PROBES = [
    "json.decoder", "json.scanner", "json.encoder", "json.codecs", "random._os", "random._inst",
    "random._random", "typing.sys", "typing.types", "typing.functools", "asyncio.base_events",
    "asyncio.events", "asyncio.subprocess", "asyncio.unix_events", "asyncio.log",
    "asyncio.sys", "asyncio.tasks", "asyncio.threads", "re._compiler", "re.sre_compile",
    "re.copyreg", "re.functools", "functools.sys", "copy.sys", "dataclasses.sys",
    "dataclasses.builtins", "dataclasses.inspect", "enum.sys", "enum.bltns", "abc._abc_registry",
    "abc._get_dump", "collections._sys", "collections._collections_abc", "uuid.os", "uuid.sys",
    "uuid._uuid", "contextlib.os", "contextlib.sys", "string._re", "string._string",
    "statistics.random", "statistics.sys", "fractions.sys", "datetime.sys", "time.__loader__",
    "math.__spec__",
]


@pytest.mark.parametrize("probe", NAMED_PROBES)
def test_named_module_internal_is_unreachable(box, probe):
    """Reading a submodule/imported module/private name from an allowed module fails."""
    mod, _, name = probe.partition(".")
    box.attack(f"import {mod}\n{mod}.{name}", DENIED)


def test_collections_abc_if_offered_is_a_proxy_too(box):
    """``collections.abc`` may be offered, but then its own imports stay unreachable."""
    code = """
import collections
hits = []
try:
    cabc = collections.abc
except AttributeError:
    cabc = None
if cabc is not None:
    for n in ('sys', '_sys', 'ABCMeta', '__builtins__', '__loader__'):
        try:
            hits.append((n, getattr(cabc, n)))
        except AttributeError:
            pass
hits
"""
    out = box.attack(code, OK)
    assert [n for n, _v in out.value if n != "ABCMeta"] == [], out.describe()


def _module_names(mod_name: str) -> list[str]:
    real = REAL_MODULES[mod_name]
    names = {k for k, v in vars(real).items() if isinstance(v, types.ModuleType)}
    names -= {n for m, n in MAY_BE_OFFERED if m == mod_name}
    return sorted(names | {"__builtins__", "__loader__", "__spec__", "__file__", "__cached__",
                           "__path__", "os", "sys", "_os", "_sys", "builtins"})


def _walk_code(mod_name: str, names: list[str]) -> str:
    lines = [f"import {mod_name} as m", f"names = {names!r}", "hits = []",
             "for n in names:",
             "    for how in ('getattr', 'dict', 'vars'):",
             "        try:",
             "            if how == 'getattr':",
             "                v = getattr(m, n)",
             "            elif how == 'dict':",
             "                v = m.__dict__[n]",
             "            else:",
             "                v = vars(m)[n]",
             "        except Exception:",
             "            continue",
             "        hits.append((how, n, v))"]
    for n in names:
        if n.isidentifier():
            lines += ["try:", f"    hits.append(('attr', {n!r}, m.{n}))",
                      "except Exception:", "    pass"]
    lines.append("hits")
    return "\n".join(lines)


@pytest.mark.parametrize("mod_name", ALLOWED_MODULES)
def test_module_imports_are_unreachable(box, mod_name):
    """No module the real module imports (nor its loader/spec/builtins) can be read."""
    out = box.attack(_walk_code(mod_name, _module_names(mod_name)), OK)
    leaked = sorted({n for _how, n, _v in out.value})
    assert leaked == [], f"{mod_name}: readable internals {leaked}\n{out.describe()}"


SURFACE = """
import {mod} as m
vals = []
for n in dir(m):
    try:
        v = getattr(m, n)
    except Exception:
        continue
    vals.append(v)
    for n2 in dir(v):
        try:
            vals.append(getattr(v, n2))
        except Exception:
            pass
vals
"""


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("mod_name", ALLOWED_MODULES)
def test_module_public_surface_has_no_escape(box, mod_name):
    """Everything two attribute steps away from an allowed module is harmless."""
    box.attack(SURFACE.format(mod=mod_name), OK)


def test_logging_is_not_offered(box):
    """``logging`` is not in the default allow-list (it reaches ``os``/``sys``/threads)."""
    box.attack("import logging\nlogging.os.system(MARKER_CMD)", (ImportError,))


def test_module_proxy_repr_shows_no_host_path(box):
    """``repr(json)``/``str(json)`` do not reveal where the host keeps its stdlib."""
    box.attack("import json, random, asyncio\n[repr(json), str(random), repr(asyncio)]", OK)
