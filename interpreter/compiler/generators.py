"""A faster path for the common generator function: host generators, no greenlet.

When every ``yield`` of a generator function stands as a statement (``yield x``,
``v = yield x``, ``yield from it``) inside ``for``/``while``/``if``/``try``/``with``
blocks, the statements that contain a yield compile to host generator functions
chained with ``yield from``; all other statements stay plain closures.  Other
generator functions use the greenlet mechanism in ``suspend``.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import LimitExceeded
from ..runtime import BREAK, CONTINUE, RETURN, Runtime
from ..tracebacks import annotate
from .core import Closure, Compiler
from .exceptions import _compile_handlers, matching_handler
from .statements import store_target

GenClosure = Callable[[list], Iterator[Any]]

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.GeneratorExp,
           ast.ListComp, ast.SetComp, ast.DictComp)


def contains_yield(node: ast.AST) -> bool:
    """A yield in this node's own scope."""
    todo = [node]
    while todo:
        n = todo.pop()
        if isinstance(n, ast.Yield | ast.YieldFrom):
            return True
        for child in ast.iter_child_nodes(n):
            if not isinstance(child, _SCOPES):
                todo.append(child)
    return False


def _is_yield_value(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Yield | ast.YieldFrom) and not (
        node.value is not None and contains_yield(node.value))


def supported(body: list[ast.stmt]) -> bool:
    """Whether all yields of this body stand where the direct mode handles them."""
    for st in body:
        if not contains_yield(st):
            continue
        if isinstance(st, ast.Expr):
            if not _is_yield_value(st.value):
                return False
        elif isinstance(st, ast.Assign):
            if len(st.targets) != 1 or contains_yield(st.targets[0]) or \
                    not _is_yield_value(st.value):
                return False
        elif isinstance(st, ast.For):
            if contains_yield(st.iter) or contains_yield(st.target) or \
                    not supported(st.body) or not supported(st.orelse):
                return False
        elif isinstance(st, ast.While | ast.If):
            if contains_yield(st.test) or not supported(st.body) or not supported(st.orelse):
                return False
        elif isinstance(st, ast.Try):
            if any(h.type is not None and contains_yield(h.type) for h in st.handlers):
                return False
            blocks = [st.body, st.orelse, st.finalbody] + [h.body for h in st.handlers]
            if not all(supported(b) for b in blocks):
                return False
        elif isinstance(st, ast.With):
            if any(contains_yield(i.context_expr) or (
                    i.optional_vars is not None and contains_yield(i.optional_vars))
                    for i in st.items) or not supported(st.body):
                return False
        else:
            return False
    return True


class GeneratorCompiler:
    """Compiles the statements of one direct-mode generator body."""

    def __init__(self, c: Compiler) -> None:
        self.c = c
        self.rt: Runtime = c.rt

    def block(self, body: list[ast.stmt]) -> GenClosure:
        items = []
        for st in body:
            if contains_yield(st):
                items.append((True, self.stmt(st), self.c.pos(st)))
            else:
                items.append((False, self.c.stmt(st), self.c.pos(st)))
        steps = tuple(items)

        def gen_block(f: list) -> Iterator[Any]:
            for is_gen, s, p in steps:
                try:
                    r = (yield from s(f)) if is_gen else s(f)
                except BaseException as e:
                    annotate(e, f, p)
                    raise
                if r is not None:
                    return r
            return None
        return gen_block

    def stmt(self, st: ast.stmt) -> GenClosure:
        if isinstance(st, ast.Expr):
            return self.yield_stmt(st.value, None)  # type: ignore[arg-type]
        if isinstance(st, ast.Assign):
            return self.yield_stmt(st.value, store_target(self.c, st.targets[0]))  # type: ignore
        method = getattr(self, "gen_" + type(st).__name__)
        return method(st)

    def yield_stmt(self, node: ast.Yield | ast.YieldFrom, store: Any) -> GenClosure:
        rt = self.rt
        value = self.c.expr(node.value) if node.value is not None else None
        if isinstance(node, ast.YieldFrom):
            P = self.c.pos(node)

            def yield_from_stmt(f: list) -> Iterator[Any]:
                try:
                    it = iter(value(f))  # type: ignore[misc]
                except BaseException as e:
                    annotate(e, f, P)
                    raise
                rt.depth -= 1
                try:
                    r = yield from it
                finally:
                    rt.depth += 1
                if store is not None:
                    store(f, r)
            return yield_from_stmt

        def yield_value_stmt(f: list) -> Iterator[Any]:
            v = value(f) if value is not None else None
            rt.depth -= 1
            try:
                sent = yield v
            finally:
                rt.depth += 1
            if store is not None:
                store(f, sent)
        return yield_value_stmt

    def gen_For(self, st: ast.For) -> GenClosure:
        c, rt = self.c, self.rt
        iterable = c.expr(st.iter)
        store = store_target(c, st.target)
        body = self.block(st.body)
        orelse = self.block(st.orelse) if st.orelse else None
        P = c.pos(st.iter)

        def for_gen(f: list) -> Iterator[Any]:
            try:
                it = iter(iterable(f))
            except BaseException as e:
                annotate(e, f, P)
                raise
            for x in it:
                store(f, x)
                rt.left -= 1
                if rt.left < 0:
                    rt.tick()
                r = yield from body(f)
                if r is not None:
                    if r is BREAK:
                        return None
                    if r is not CONTINUE:
                        return r
            if orelse is not None:
                return (yield from orelse(f))
            return None
        return for_gen

    def gen_While(self, st: ast.While) -> GenClosure:
        c, rt = self.c, self.rt
        test = c.expr(st.test)
        body = self.block(st.body)
        orelse = self.block(st.orelse) if st.orelse else None

        def while_gen(f: list) -> Iterator[Any]:
            while test(f):
                rt.left -= 1
                if rt.left < 0:
                    rt.tick()
                r = yield from body(f)
                if r is not None:
                    if r is BREAK:
                        return None
                    if r is not CONTINUE:
                        return r
            if orelse is not None:
                return (yield from orelse(f))
            return None
        return while_gen

    def gen_If(self, st: ast.If) -> GenClosure:
        test = self.c.expr(st.test)
        body = self.block(st.body)
        orelse = self.block(st.orelse)

        def if_gen(f: list) -> Iterator[Any]:
            if test(f):
                return (yield from body(f))
            return (yield from orelse(f))
        return if_gen

    def gen_Try(self, st: ast.Try) -> GenClosure:
        c = self.c
        body = self.block(st.body)
        handlers = [(m, s, u, self.block(h.body), P) for (m, s, u, _, P), h in
                    zip(_compile_handlers(c, st.handlers), st.handlers, strict=True)]
        orelse = self.block(st.orelse) if st.orelse else None
        final = self.block(st.finalbody) if st.finalbody else None

        def try_gen(f: list) -> Iterator[Any]:
            try:
                try:
                    r = yield from body(f)
                except BaseException as e:
                    if isinstance(e, LimitExceeded):
                        raise
                    handler = matching_handler(f, e, handlers)
                    if handler is None:
                        raise
                    _, store, unbind, hbody, _ = handler
                    if store is None:
                        return (yield from hbody(f))
                    store(f, e)
                    try:
                        return (yield from hbody(f))
                    finally:
                        try:
                            unbind(f)
                        except NameError:
                            pass
                if orelse is not None:
                    return (yield from orelse(f))
                return r
            except BaseException as e:
                if final is None:
                    raise
                fr = yield from final(f)
                if fr is not None and not isinstance(e, LimitExceeded):
                    return fr
                raise

        if final is None:
            return try_gen

        def try_finally_gen(f: list) -> Iterator[Any]:
            r = yield from try_gen(f)
            fr = yield from final(f)  # type: ignore[misc]
            return fr if fr is not None else r
        return try_finally_gen

    def gen_With(self, st: ast.With) -> GenClosure:
        body = self.block(st.body)
        for item in reversed(st.items):
            body = self._with_item(item, body)
        return body

    def _with_item(self, item: ast.withitem, body: GenClosure) -> GenClosure:
        c = self.c
        ctx = c.expr(item.context_expr)
        store = store_target(c, item.optional_vars) if item.optional_vars is not None else None
        P = c.pos(item.context_expr)

        def with_gen(f: list) -> Iterator[Any]:
            try:
                mgr = ctx(f)
                t = type(mgr)
                enter = getattr(t, "__enter__", None)
                exit_ = getattr(t, "__exit__", None)
                if enter is None or exit_ is None:
                    raise TypeError(f"'{t.__name__}' object does not support the context "
                                    "manager protocol")
                v = enter(mgr)
            except BaseException as e:
                annotate(e, f, P)
                raise
            if store is not None:
                store(f, v)
            try:
                r = yield from body(f)
            except BaseException as e:
                if isinstance(e, LimitExceeded):
                    exit_(mgr, type(e), e, e.__traceback__)
                    raise
                if not exit_(mgr, type(e), e, e.__traceback__):
                    raise
                return None
            exit_(mgr, None, None, None)
            return r
        return with_gen


def direct_generator_runner(c: Compiler, node: ast.FunctionDef, name: str) -> Closure | None:
    """The runner of a generator function in direct mode, or None if it needs greenlets."""
    if not supported(node.body):
        return None
    body = GeneratorCompiler(c).block(node.body)
    rt = c.rt
    qualname = name
    if _runs_code_on_close(node.body):  # [wall] closed by the collector: later, safely
        def generator_body_deferring(f: list) -> Iterator[Any]:
            d = rt.depth + 1
            if d > rt.max_depth and rt.active:
                raise RecursionError("maximum recursion depth exceeded")
            rt.depth = d
            try:
                rt.left -= 1
                if rt.left < 0:
                    rt.tick()
                r = yield from delegate_deferring_close(rt, body(f))
            finally:
                rt.depth -= 1
            return f[0] if r is RETURN else None

        def run_direct_generator_deferring(f: list) -> Any:
            gen = generator_body_deferring(f)
            gen.__name__ = name
            gen.__qualname__ = qualname
            return gen
        return run_direct_generator_deferring

    def generator_body(f: list) -> Iterator[Any]:
        d = rt.depth + 1
        if d > rt.max_depth and rt.active:  # [wall] outside: check points draw on the
            raise RecursionError("maximum recursion depth exceeded")  # post budget
        rt.depth = d
        try:
            rt.left -= 1
            if rt.left < 0:
                rt.tick()
            r = yield from body(f)
        finally:
            rt.depth -= 1
        return f[0] if r is RETURN else None

    def run_direct_generator(f: list) -> Any:
        gen = generator_body(f)
        gen.__name__ = name
        gen.__qualname__ = qualname
        return gen
    return run_direct_generator


def _runs_code_on_close(body: list[ast.stmt]) -> bool:
    """[wall] Whether closing a suspended body runs sandbox code (a finally, an except
    handler, a context manager's __exit__)."""
    for node in body:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Try | ast.TryStar | ast.With | ast.AsyncWith):
                return True
            if isinstance(sub, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda |
                          ast.ClassDef):
                continue
    return False


def delegate_deferring_close(rt: Runtime, inner: Iterator[Any]) -> Iterator[Any]:
    """``yield from inner`` (PEP 380), except that a GeneratorExit the cycle collector
    throws in (the generator is garbage) leaves ``inner`` suspended and queues it: its
    finally blocks then run at the runtime's next check point, not inside the GC, where
    sandbox code could change objects that C code is in the middle of using."""
    from ..security.finalizers import IN_GC

    value: Any = None
    exc: BaseException | None = None
    while True:
        try:
            item = inner.send(value) if exc is None else inner.throw(exc)
        except StopIteration as stop:
            return stop.value
        exc = None
        value = None
        try:
            value = yield item
        except GeneratorExit:
            if IN_GC[0] or not rt.active:
                rt.pending_finalizers.append((_close, inner))
                if rt.active:
                    rt.left = -1
                return None
            inner.close()
            raise
        except BaseException as e:
            exc = e


def _close(inner: Iterator[Any]) -> None:
    inner.close()  # type: ignore[attr-defined]
