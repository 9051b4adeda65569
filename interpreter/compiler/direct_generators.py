"""The direct-mode generator compiler: one host generator instead of a greenlet.

When every ``yield`` of a (non-async) generator function stands as a statement
(``yield x``, ``v = yield x``, ``yield from it``) inside ``for``/``while``/``if``/
``try``/``with`` blocks, the whole body becomes one host generator function
(``blocks.py`` with real ``yield`` statements), so ``next()`` resumes one host frame.
It is a specialisation: other generator functions, and all of them with the
specialisations off, use the greenlet mechanism in ``suspension.py``.
"""

from __future__ import annotations

import ast
from typing import Any

from .blocks import GENERATOR, block_function, yields_supported
from .core import Closure, Compiler


def direct_generator_runner(c: Compiler, node: ast.FunctionDef, name: str) -> Closure | None:
    """The runner of a generator function in direct mode, or None if it needs greenlets."""
    if not c.specialise or not yields_supported(node.body):
        return None
    generator_body = block_function(c, node.body, GENERATOR, "generator_body")
    qualname = name

    def run_direct_generator(f: list) -> Any:
        gen = generator_body(f)
        gen.__name__ = name
        gen.__qualname__ = qualname
        return gen
    return run_direct_generator
