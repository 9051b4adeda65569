"""CPython's own pure-Python modules, run by the sandbox in a fresh namespace.

``textwrap``, ``pprint``, ``shlex``, ``calendar`` and ``fnmatch`` are offered as the
real source compiled by the sandbox: their output is CPython's by construction, their
classes are the session's (user subclasses, settable attributes), their caches die with
the session, and what they would do to the host goes through the sandbox instead:
``pprint`` and ``calendar.prmonth`` print to the sandbox's stdout, ``shlex``'s ``source``
files meet the sandbox's missing ``open``, ``calendar``'s locale switching meets the
read-only ``locale``.
"""

from __future__ import annotations

import posixpath
import types
from typing import TYPE_CHECKING, Any

from ..security.firewall import sandbox_api
from .loader import host_source, run_module

if TYPE_CHECKING:
    from . import Stdlib


def _run(lib: Stdlib, name: str) -> dict[str, Any]:
    return run_module(lib, name, host_source(name))


def build_textwrap(lib: Stdlib) -> dict[str, Any]:
    return _run(lib, "textwrap")


def build_pprint(lib: Stdlib) -> dict[str, Any]:
    # its PrettyPrinter keeps ``sys.stdout`` as it is when made (a redirection's target)
    return run_module(lib, "pprint", host_source("pprint"),
                      extra_imports={"sys": lib.live_sys})


def build_shlex(lib: Stdlib) -> dict[str, Any]:
    return _run(lib, "shlex")


def build_calendar(lib: Stdlib) -> dict[str, Any]:
    return _run(lib, "calendar")


@sandbox_api
def _normcase(s: Any) -> Any:
    """posixpath.normcase: names are case-sensitive here."""
    return posixpath.normcase(s)


def build_fnmatch(lib: Stdlib) -> dict[str, Any]:
    # run by the sandbox so that its cache of compiled patterns is the session's (the
    # host's is process-wide and holds 32,768 patterns of any size)
    path = types.SimpleNamespace(normcase=_normcase)
    os_ = types.SimpleNamespace(path=path)
    return run_module(lib, "fnmatch", host_source("fnmatch"),
                      extra_imports={"os": lambda: os_, "posixpath": lambda: path})
