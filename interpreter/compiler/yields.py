"""Compilers of ``yield``, ``yield from``, ``await``, ``async for`` and ``async with``.

They compile to plain closures that call the greenlet suspension runtime
(``suspension.py``); ``async for`` and ``async with`` are the one loop and with
skeletons with an awaiting step.
"""

from __future__ import annotations

import ast
from typing import Any

from ..security.precall import call_checked
from ..tracebacks import annotate
from .core import Closure, Compiler, expr_compiler, stmt_compiler
from .exceptions import with_statement
from .statements import loop
from .suspension import _AGYield, aiter_of, anext_value, await_value, suspend, twin_of, yield_from


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
    rt = c.rt
    P = c.pos(node)
    if c.specialise and isinstance(node.value, ast.Call):
        awaited = awaited_call(c, node.value)
        if awaited is not None:
            return awaited
    value = c.expr(node.value)

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


def awaited_call(c: Compiler, call: ast.Call) -> Closure | None:
    """``await f(...)``: a sandbox coroutine function's body runs right here, in the
    awaiting body, through its synchronous twin (``twin_of``) - no coroutine
    object, no driver, as if its ``await`` were the caller's.  Anything else is called
    as every call is (guard, firewall) and awaited."""
    if any(isinstance(a, ast.Starred) for a in call.args) or \
            any(k.arg is None for k in call.keywords):
        return None
    if isinstance(call.func, ast.Name) and call.func.id in ("super", "locals", "vars", "dir"):
        return None
    callee = c.expr(call.func)
    args = c.exprs(call.args)
    keywords = [(k.arg, c.expr(k.value)) for k in call.keywords]
    rt, P = c.rt, c.pos(call)
    fw = c.env.firewall
    rclean, admit_result = fw.result_clean, fw.admit_result

    def await_call(f: list) -> Any:
        try:
            fn = callee(f)
            twin = twin_of(fn)
            values = [a(f) for a in args]
            kw = {k: v(f) for k, v in keywords}
            if twin is not None:
                return twin(*values, **kw)
            awaitable = call_checked(rt, fn, tuple(values), kw or None)
            if type(awaitable) not in rclean:
                awaitable = admit_result(fn, awaitable)
            return await_value(rt, awaitable)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return await_call
