"""Compilers of ``yield``, ``yield from``, ``await``, ``async for`` and ``async with``.

They compile to plain closures that call the greenlet suspension runtime
(``suspension.py``); ``async for`` and ``async with`` are the one loop and with
skeletons with an awaiting step.
"""

from __future__ import annotations

import ast
from typing import Any

from ..tracebacks import annotate
from .core import Closure, Compiler, expr_compiler, stmt_compiler
from .exceptions import with_statement
from .statements import loop
from .suspension import _AGYield, aiter_of, anext_value, await_value, suspend, yield_from


@expr_compiler(ast.Yield)
def compile_yield(c: Compiler, node: ast.Yield) -> Closure:
    value = c.expr(node.value) if node.value is not None else None
    rt = c.rt
    wrap = _AGYield if c.scope.is_async else None
    P = c.pos(node)

    def yield_(f: list) -> Any:
        v = value(f) if value is not None else None
        try:
            return suspend(rt, wrap(v) if wrap is not None else v)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return yield_


@expr_compiler(ast.YieldFrom)
def compile_yield_from(c: Compiler, node: ast.YieldFrom) -> Closure:
    value = c.expr(node.value)
    rt = c.rt
    P = c.pos(node)

    def yield_from_(f: list) -> Any:
        try:
            return yield_from(rt, value(f))
        except BaseException as e:
            annotate(e, f, P)
            raise
    return yield_from_


@expr_compiler(ast.Await)
def compile_await(c: Compiler, node: ast.Await) -> Closure:
    value = c.expr(node.value)
    rt = c.rt
    P = c.pos(node)

    def await_(f: list) -> Any:
        try:
            return await_value(rt, value(f))
        except BaseException as e:
            annotate(e, f, P)
            raise
    return await_


@stmt_compiler(ast.AsyncFor)
def compile_async_for(c: Compiler, node: ast.AsyncFor) -> Closure:
    return loop(c, "async for", c.expr(node.iter), node.target, c.block(node.body),
                c.block(node.orelse) if node.orelse else None, c.pos(node.iter),
                aiter_of=aiter_of, anext_value=anext_value)


@stmt_compiler(ast.AsyncWith)
def compile_async_with(c: Compiler, node: ast.AsyncWith) -> Closure:
    return with_statement(c, node.items, c.block(node.body), is_async=True,
                          await_value=await_value)
