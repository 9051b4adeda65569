"""``import this``: the Zen of Python, printed through the sandbox's stdout on the
session's first import (the host's ``this`` would print to the host's stdout)."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Any

from .loader import host_source

if TYPE_CHECKING:
    from . import Stdlib


def _rot13() -> tuple[str, dict[str, str]]:
    tree = ast.parse(host_source("this"))
    s = next(node.value.value for node in tree.body if isinstance(node, ast.Assign)
             and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "s"
             and isinstance(node.value, ast.Constant))
    d: dict[str, str] = {}
    for c in (65, 97):
        for i in range(26):
            d[chr(i + c)] = chr((i + 13) % 26 + c)
    return s, d


def build(lib: Stdlib) -> dict[str, Any]:
    if not lib.rt.active:  # completion looking ahead must not print the Zen
        raise ImportError("'this' is only imported by running a cell")
    s, d = _rot13()
    lib.streams.write_stdout("".join([d.get(c, c) for c in s]) + "\n")
    return {"s": s, "d": d, "c": 97, "i": 25}
