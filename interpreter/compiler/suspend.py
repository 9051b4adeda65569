"""The one suspension mechanism: a greenlet per running generator or coroutine body.

All sandbox code is compiled in one fast mode.  A generator, coroutine or async
generator body runs in its own greenlet; ``yield`` and ``await`` switch to the
greenlet that resumed it.  Host wrappers turn that into a **real** generator,
coroutine or async generator, so ``asyncio`` and ``itertools`` see the real thing.
A fresh sandbox coroutine awaited right away runs inline, without a switch.
"""

from __future__ import annotations

import ast
import asyncio
import types
from typing import Any

from greenlet import getcurrent, greenlet

from ..errors import LimitExceeded
from ..runtime import BREAK, CONTINUE, GC_PAUSE, RETURN, Runtime
from ..security.finalizers import IN_GC
from ..tracebacks import annotate
from .core import Closure, Compiler, expr_compiler, stmt_compiler


class _Body(greenlet):
    """A suspended body; ``base`` is the depth of whoever resumed it last."""

    base = 0


class _Finished:
    dead = True


_FINISHED: Any = _Finished()


class _AGYield:
    """An async generator's ``yield`` (told apart from the awaits it passes up)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class _YieldOnce:
    """Pass one awaited item (a future) up to the event loop."""

    __slots__ = ("item",)

    def __init__(self, item: Any) -> None:
        self.item = item

    def __await__(self) -> Any:
        return (yield self.item)


def run_body(rt: Runtime, body: Closure, f: list) -> Any:
    d = rt.depth + 1
    if d > rt.max_depth:  # [wall] also the gate for calls between executions
        return rt.reenter(run_body, rt, body, f)
    rt.depth = d
    try:
        rt.left -= 1
        if rt.left < 0:
            rt.tick()
        if body(f) is RETURN:
            return f[0]
        return None
    finally:
        rt.depth = d - 1


def suspend(rt: Runtime, value: Any) -> Any:
    """Hand ``value`` to whoever resumed the current body; return what it sends back."""
    g = getcurrent()
    parent = g.parent
    if parent is None:
        raise RuntimeError("'await' or 'yield' outside a suspendable body")
    rel = rt.depth - g.base
    try:
        return parent.switch(value)
    finally:
        rt.depth = g.base + rel


def _resume(rt: Runtime, g: _Body, first: bool, args: tuple, value: Any,
            exc: BaseException | None) -> Any:
    if not rt.active:  # [wall] resumed by the host between executions: inside a slice
        return rt.outside(_resume, rt, g, first, args, value, exc)
    g.parent = getcurrent()
    g.base = rt.depth
    was = rt.in_sandbox
    rt.in_sandbox = True
    try:
        if first:
            return g.switch(*args)
        if exc is not None:
            return g.throw(exc)
        return g.switch(value)
    finally:
        rt.in_sandbox = was
        rt.depth = g.base


# ---------------------------------------------------------------------------
# Generators


def generator_runner(rt: Runtime, body: Closure, name: str) -> Closure:
    def run_generator(f: list) -> Any:
        gen = _generator(rt, body, f)
        gen.__name__ = name
        return gen
    return run_generator


def _generator(rt: Runtime, body: Closure, f: list) -> Any:
    g = _Body(run_body)
    first = True
    value: Any = None
    exc: BaseException | None = None
    closing = False
    while True:
        r = _resume(rt, g, first, (rt, body, f), value, exc)
        first = False
        exc = None
        if g.dead:
            return r
        if closing:
            raise RuntimeError("generator ignored GeneratorExit")
        try:
            value = yield r
        except GeneratorExit as e:
            if IN_GC[0] or not rt.active:  # [wall] the collector: finally blocks run later
                rt.pending_finalizers.append((_close_body, (rt, g)))
                if rt.active:
                    rt.left = -1
                return None
            closing = True
            exc = e
        except BaseException as e:
            exc = e
            value = None


def _close_body(arg: tuple[Runtime, _Body]) -> None:
    """[wall] Close a suspended body the collector found, from a check point."""
    rt, g = arg
    if g.dead:
        return
    try:
        _resume(rt, g, False, (), None, GeneratorExit())
    except (GeneratorExit, StopIteration):
        return
    if not g.dead:
        raise RuntimeError("generator ignored GeneratorExit")


def yield_from(rt: Runtime, source: Any) -> Any:
    """PEP 380 delegation through the current body."""
    it = iter(source)
    value: Any = None
    exc: BaseException | None = None
    while True:
        try:
            if exc is not None:
                if isinstance(exc, GeneratorExit):
                    close = getattr(it, "close", None)
                    if close is not None:
                        close()
                    raise exc
                throw = getattr(it, "throw", None)
                if throw is None:
                    raise exc
                item = throw(exc)
            elif value is None:
                item = next(it)
            else:
                item = it.send(value)
        except StopIteration as stop:
            return stop.value
        exc = None
        try:
            value = suspend(rt, item)
        except BaseException as e:
            exc = e
            value = None


# ---------------------------------------------------------------------------
# Coroutines


class _Driver:
    """Runs a coroutine body for the event loop: the iterator behind ``await``."""

    __slots__ = ("rt", "body", "f", "g")

    def __init__(self, rt: Runtime, body: Closure, f: list) -> None:
        self.rt, self.body, self.f = rt, body, f
        self.g: _Body | None = None

    def __await__(self) -> _Driver:
        return self

    def __iter__(self) -> _Driver:
        return self

    def __next__(self) -> Any:
        return self.send(None)

    def _step(self, value: Any, exc: BaseException | None, task: bool = True) -> Any:
        rt = self.rt
        first = self.g is None
        if first:
            inline = rt.inline_next
            rt.inline_next = False
            if exc is not None:
                raise exc
            if inline and type(getcurrent()) is _Body:
                # ``await coro()`` from a sandbox body: run in the awaiting greenlet.
                self.g = _FINISHED
                raise StopIteration(run_body(rt, self.body, self.f))
            self.g = _Body(run_body)
            if rt.context is not None:
                self.g.gr_context = rt.context
        if not rt.active:  # [wall] a task step that outlived its cell: its own slice
            return rt.outside(self._step_in_slice, first, value, exc, task=task)
        elif rt.stop is not None and exc is None:
            exc = rt._fresh(rt.stop)  # a limit hit elsewhere (e.g. in a task): stop here too
        return self._step_in_slice(first, value, exc)

    def _step_in_slice(self, first: bool, value: Any, exc: BaseException | None) -> Any:
        rt = self.rt
        g = self.g
        assert g is not None
        with GC_PAUSE:  # [wall] the collector runs at check points while sandbox code runs
            try:
                r = _resume(rt, g, first, (rt, self.body, self.f), value, exc)
            except KeyboardInterrupt as e:  # [wall] an interrupt's stop, out of a task step:
                # asyncio would re-raise a KeyboardInterrupt out of the host's event loop
                raise asyncio.CancelledError(str(e)) from None
        if g.dead:
            raise StopIteration(r)
        return r

    def send(self, value: Any) -> Any:
        return self._step(value, None)

    def throw(self, typ: Any, val: Any = None, tb: Any = None) -> Any:
        exc = typ if isinstance(typ, BaseException) else (typ() if val is None else val)
        rt = self.rt
        if isinstance(exc, asyncio.CancelledError) and rt.stop is not None:
            exc = rt._fresh(rt.stop)  # a limit or an interrupt cancelled the cell
        return self._step(None, exc)

    def close(self) -> None:
        g = self.g
        if g is None or g.dead:
            return
        if IN_GC[0]:  # [wall] the collector: its finally blocks run at a check point
            self.rt.pending_finalizers.append((_close_body, (self.rt, g)))
            return
        try:
            self._step(None, GeneratorExit(), False)  # [wall] finalizing: the post budget
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")


def coroutine_runner(rt: Runtime, body: Closure, name: str) -> Closure:
    """The driver a coroutine function's ``async def`` trampoline awaits."""
    def run_coroutine(f: list) -> _Driver:
        return _Driver(rt, body, f)
    return run_coroutine


def await_value(rt: Runtime, x: Any) -> Any:
    """``await x`` inside a body."""
    try:
        method = type(x).__await__
    except AttributeError:
        raise TypeError(f"object {type(x).__name__} can't be used in 'await' expression") \
            from None
    it = method(x)
    rt.inline_next = type(x) is types.CoroutineType
    try:
        item = next(it)
    except StopIteration as stop:
        return stop.value
    finally:
        rt.inline_next = False
    value: Any = None
    exc: BaseException | None = None
    while True:
        try:
            value = suspend(rt, item)
        except BaseException as e:
            exc = e
            value = None
        try:
            if exc is not None:
                e, exc = exc, None
                item = it.throw(e)
            elif value is None:
                item = next(it)
            else:
                item = it.send(value)
        except StopIteration as stop:
            return stop.value


# ---------------------------------------------------------------------------
# Async generators


def async_generator_runner(rt: Runtime, body: Closure, name: str) -> Closure:
    def run_async_generator(f: list) -> Any:
        agen = _async_generator(rt, body, f)
        agen.__name__ = name
        return agen
    return run_async_generator


async def _async_generator(rt: Runtime, body: Closure, f: list) -> Any:
    g = _Body(run_body)
    first = True
    value: Any = None
    exc: BaseException | None = None
    closing = False
    while True:
        if not rt.active:  # [wall] an async generator step between executions: a task slice
            r = rt.outside(_resume, rt, g, first, (rt, body, f), value, exc, task=True)
        else:
            r = _resume(rt, g, first, (rt, body, f), value, exc)
        first = False
        exc = None
        value = None
        if g.dead:
            return
        if type(r) is _AGYield:
            if closing:
                raise RuntimeError("async generator ignored GeneratorExit")
            try:
                value = yield r.value
            except GeneratorExit as e:
                closing = True
                exc = e
            except BaseException as e:
                exc = e
        else:
            try:
                value = await _YieldOnce(r)
            except BaseException as e:
                exc = e


# ---------------------------------------------------------------------------
# Compilation of yield, await, async for and async with


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


def anext_value(rt: Runtime, it: Any) -> Any:
    """``await anext(it)``; raises StopAsyncIteration at the end."""
    try:
        method = type(it).__anext__
    except AttributeError:
        raise TypeError(f"'async for' received an invalid object from __aiter__: "
                        f"{type(it).__name__}") from None
    return await_value(rt, method(it))


def aiter_of(x: Any) -> Any:
    try:
        method = type(x).__aiter__
    except AttributeError:
        raise TypeError(f"'async for' requires an object with __aiter__ method, got "
                        f"{type(x).__name__}") from None
    return method(x)


@stmt_compiler(ast.AsyncFor)
def compile_async_for(c: Compiler, node: ast.AsyncFor) -> Closure:
    from .statements import store_target

    iterable = c.expr(node.iter)
    store = store_target(c, node.target)
    body = c.block(node.body)
    orelse = c.block(node.orelse) if node.orelse else None
    rt = c.rt
    P = c.pos(node.iter)

    def async_for(f: list) -> Any:
        try:
            it = aiter_of(iterable(f))
        except BaseException as e:
            annotate(e, f, P)
            raise
        while True:
            try:
                x = anext_value(rt, it)
            except StopAsyncIteration:
                break
            store(f, x)
            rt.left -= 1
            if rt.left < 0:
                rt.tick()
            r = body(f)
            if r is not None:
                if r is BREAK:
                    return None
                if r is not CONTINUE:
                    return r
        if orelse is not None:
            return orelse(f)
        return None
    return async_for


@stmt_compiler(ast.AsyncWith)
def compile_async_with(c: Compiler, node: ast.AsyncWith) -> Closure:
    from .statements import store_target

    body = c.block(node.body)
    rt = c.rt
    for item in reversed(node.items):
        body = _async_with_item(c, rt, item, body, store_target)
    return body


def _async_with_item(c: Compiler, rt: Runtime, item: ast.withitem, body: Closure,
                     store_target: Any) -> Closure:
    ctx = c.expr(item.context_expr)
    store = store_target(c, item.optional_vars) if item.optional_vars is not None else None
    P = c.pos(item.context_expr)

    def async_with(f: list) -> Any:
        try:
            mgr = ctx(f)
            t = type(mgr)
            aenter = getattr(t, "__aenter__", None)
            aexit = getattr(t, "__aexit__", None)
            if aenter is None or aexit is None:
                raise TypeError(f"'{t.__name__}' object does not support the asynchronous "
                                "context manager protocol" + (" (missed __aexit__ method)"
                                                              if aenter is not None else ""))
            v = await_value(rt, aenter(mgr))
        except BaseException as e:
            annotate(e, f, P)
            raise
        if store is not None:
            store(f, v)
        try:
            r = body(f)
        except BaseException as e:
            if isinstance(e, LimitExceeded):
                await_value(rt, aexit(mgr, type(e), e, e.__traceback__))
                raise
            if not await_value(rt, aexit(mgr, type(e), e, e.__traceback__)):
                raise
            return None
        await_value(rt, aexit(mgr, None, None, None))
        return r
    return async_with


