"""Import tricks: forbidden modules, submodules, dotted names, private C modules.

A denied import is a ForbiddenImportError (an ImportError) that names the module and
points at the line of the import; modules in the OS set stay forbidden under
``restrict_os`` even when a policy lists them.
"""

from __future__ import annotations

import pytest

from interpreter.errors import ForbiddenImportError
from interpreter.policy import DEFAULT_ALLOWED_MODULES

from ._sandbox import ALLOWED_MODULES

pytestmark = pytest.mark.timeout(60, method="thread")

PREFIX = "a = 1\nb = 2\n"  # the import is always on line 3

FORBIDDEN_ROOTS = [
    ("import os", "os"),
    ("import os.path", "os"),
    ("from os import path", "os"),
    ("from os import system as s\ns(MARKER_CMD)", "os"),
    ("import pydoc", "pydoc"),
    ("import importlib", "importlib"),
    ("import importlib.util", "importlib"),
    ("import subprocess", "subprocess"),
    ("import builtins", "builtins"),
    ("from builtins import open", "builtins"),
    ("import _csv", "_csv"),
    ("import pathlib", "pathlib"),
    ("import ctypes", "ctypes"),
    ("import socket", "socket"),
    ("import shutil", "shutil"),
    ("import pickle", "pickle"),
    ("import gc", "gc"),
    ("import inspect", "inspect"),
    ("import _warnings", "_warnings"),
    ("import threading", "threading"),
    ("import signal", "signal"),
    ("import logging", "logging"),
    ("import _io", "_io"),
    ("import _thread", "_thread"),
    ("import posix", "posix"),
    ("import _posixsubprocess", "_posixsubprocess"),
    ("import _imp", "_imp"),
    ("import _frozen_importlib", "_frozen_importlib"),
    ("import marshal", "marshal"),
    ("import weakref", "weakref"),
    ("import code", "code"),
    ("import asyncio.subprocess", "asyncio.subprocess"),
]


@pytest.mark.parametrize(("stmt", "module"), [pytest.param(s, m, id=s.split("\n")[0])
                                              for s, m in FORBIDDEN_ROOTS])
def test_forbidden_import(box, stmt, module):
    """A forbidden import fails with ForbiddenImportError naming the module, at its line."""
    out = box.attack(PREFIX + stmt, (ForbiddenImportError,))
    assert module in out.evalue, f"the error should name {module!r}\n{out.describe()}"
    assert "line 3" in out.traceback, f"the error should point at line 3\n{out.describe()}"


SUBMODULES = [
    ("from asyncio import base_events", "base_events"),
    ("import asyncio.base_events", "asyncio.base_events"),
    ("from asyncio import subprocess", "subprocess"),
    ("from asyncio import events", "events"),
    ("from json import decoder", "decoder"),
    ("import json.decoder", "json.decoder"),
    ("from json import scanner", "scanner"),
    ("from re import _compiler", "_compiler"),
    ("import re._parser", "re._parser"),
    ("from random import _os", "_os"),
    ("from typing import sys", "sys"),
    ("from dataclasses import builtins", "builtins"),
    ("from enum import bltns", "bltns"),
    ("from . import secret", None),
    ("from .json import decoder", None),
]


@pytest.mark.parametrize(("stmt", "name"), [pytest.param(s, n, id=s) for s, n in SUBMODULES])
def test_submodule_import(box, stmt, name):
    """Submodules and names a module imported are not importable from allowed modules."""
    out = box.attack(PREFIX + stmt + "\nresult = 1", (ImportError,))
    if name is not None:
        assert name.split(".")[-1] in out.evalue, f"the error should name {name}\n{out.describe()}"
    assert "line 3" in out.traceback, f"the error should point at line 3\n{out.describe()}"


OS_LISTED = ["os", "pydoc", "subprocess", "builtins", "importlib", "_io", "ctypes", "pathlib",
             "socket", "pickle", "gc", "inspect"]


@pytest.mark.parametrize("module", OS_LISTED)
def test_os_module_forbidden_even_when_listed(box, module):
    """``restrict_os`` wins over ``allowed_modules``: listing ``os`` does not allow it."""
    allowed = tuple(DEFAULT_ALLOWED_MODULES) + tuple(OS_LISTED)
    out = box.attack(f"import {module}", (ForbiddenImportError,), allowed_modules=allowed)
    assert module in out.evalue, out.describe()


def test_import_denied_when_not_in_policy(box):
    """With an empty allow-list even ``math`` is refused."""
    out = box.attack("x = 1\nimport math", (ForbiddenImportError,), allowed_modules=())
    assert "math" in out.evalue and "line 2" in out.traceback, out.describe()


def test_import_inside_function_points_at_its_line(box):
    """An import inside a function fails when called, pointing at the function's line."""
    out = box.attack("def f():\n    import os\n    return os\n\nf()", (ForbiddenImportError,))
    assert "line 2" in out.traceback and "line 5" in out.traceback, out.describe()


def test_import_error_is_catchable_and_leaves_nothing(box):
    """Catching the ImportError gives user code nothing from the module."""
    out = box.attack("try:\n    import os\nexcept ImportError as e:\n    err = e\n"
                     "[err, err.args, getattr(err, 'name', None), 'os' in dir()]", None)
    assert out.error is None, out.describe()
    assert out.value[-1] is False, out.describe()


def test_execute_reports_import_error_with_line(box):
    """``execute()`` reports the denied import as a string naming type, module and line."""
    out = box.execute("a = 1\nimport os\n")
    assert out.error is not None and out.error.startswith("ForbiddenImportError"), out.describe()
    assert "os" in out.error and "2" in out.error, out.describe()
    box.assert_safe(out)


@pytest.mark.parametrize("mod_name", ALLOWED_MODULES)
def test_star_import_binds_no_module(box, mod_name):
    """``from <module> import *`` binds only allowed names: no module reaches the namespace."""
    out = box.execute(f"from {mod_name} import *\n")
    box.assert_safe(out)
