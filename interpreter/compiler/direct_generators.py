"""The direct-mode generator compiler: host generators instead of a greenlet.

When every ``yield`` of a (non-async) generator function stands as a statement
(``yield x``, ``v = yield x``, ``yield from it``) inside ``for``/``while``/``if``/
``try``/``with`` blocks, the statements that contain a yield compile to host
generator functions chained with ``yield from`` (the skeletons' ``GENERATOR``
variant); all other statements stay plain closures.  It is a specialisation: other
generator functions, and all of them with the specialisations off, use the greenlet
mechanism in ``suspension.py``.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from typing import Any

from ..runtime import RETURN, Runtime
from ..tracebacks import annotate
from . import skeletons
from .core import Closure, Compiler
from .exceptions import _compile_handlers, try_statement, with_statement
from .statements import loop
from .targets import store_target

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
        fw = self.c.env.firewall
        clean, admit = fw.clean, fw.admit
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
                    if type(r) not in clean:
                        r = admit(r)
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
                if type(sent) not in clean:
                    sent = admit(sent)
                store(f, sent)
        return yield_value_stmt

    def gen_For(self, st: ast.For) -> GenClosure:
        c = self.c
        return loop(c, "for", c.expr(st.iter), st.target, self.block(st.body),
                    self.block(st.orelse) if st.orelse else None, c.pos(st.iter),
                    skeletons.GENERATOR)

    def gen_While(self, st: ast.While) -> GenClosure:
        c = self.c
        return loop(c, "while", c.expr(st.test), None, self.block(st.body),
                    self.block(st.orelse) if st.orelse else None, c.pos(st.test),
                    skeletons.GENERATOR)

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
        handlers = [(m, s, u, self.block(h.body), P) for (m, s, u, _, P), h in
                    zip(_compile_handlers(self.c, st.handlers), st.handlers, strict=True)]
        return try_statement(self.c, self.block(st.body), handlers,
                             self.block(st.orelse) if st.orelse else None,
                             self.block(st.finalbody) if st.finalbody else None,
                             skeletons.GENERATOR)

    def gen_With(self, st: ast.With) -> GenClosure:
        return with_statement(self.c, st.items, self.block(st.body), is_async=False,
                              y=skeletons.GENERATOR)


def direct_generator_runner(c: Compiler, node: ast.FunctionDef, name: str) -> Closure | None:
    """The runner of a generator function in direct mode, or None if it needs greenlets."""
    if not c.specialise or not supported(node.body):
        return None
    body = GeneratorCompiler(c).block(node.body)
    rt = c.rt
    qualname = name
    src = skeletons.run_body_source(skeletons.GENERATOR)
    generator_body = c.template(src, src)(RETURN)

    def run_direct_generator(f: list) -> Any:
        gen = generator_body(rt, body, f)
        gen.__name__ = name
        gen.__qualname__ = qualname
        return gen
    return run_direct_generator
