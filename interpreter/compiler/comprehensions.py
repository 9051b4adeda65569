"""List, set and dict comprehensions and generator expressions, in their own scope.

The first iterable is evaluated in the enclosing frame; the rest runs in a new
frame.  A generator expression is a host generator (no greenlet needed: its only
suspension point is the element); async ones reuse the async-generator driver.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable
from typing import Any

from ..runtime import RETURN, UNBOUND, Cell, Runtime
from ..tracebacks import annotate
from . import suspension
from .core import Closure, Compiler, expr_compiler
from .targets import store_target

Emit = Callable[[list], None]


def _frame_maker(c: Compiler, node: ast.AST) -> Callable[[list, Any], list]:
    """Build the comprehension's frame: slot 1 is the first iterator (".0")."""
    scope = c.scopes[node]
    layout: list[tuple[str, Any]] = []
    for name, _slot in sorted(scope.slots.items(), key=lambda kv: kv[1]):
        if name == ".0":
            layout.append(("it", None))
        elif name in scope.free:
            layout.append(("free", c.scope.slots[name]))
        elif name in scope.cells:
            layout.append(("cell", None))
        else:
            layout.append(("local", None))
    simple = all(kind in ("it", "local") for kind, _ in layout)
    n = len(layout)

    if simple:
        def make_simple(f: list | None, it: Any) -> list:
            nf = [None, it]
            nf.extend([UNBOUND] * (n - 1))
            return nf
        make_simple.simple = True  # type: ignore[attr-defined]
        return make_simple

    def make(f: list, it: Any) -> list:
        nf: list[Any] = [None]
        for kind, outer in layout:
            if kind == "it":
                nf.append(it)
            elif kind == "free":
                nf.append(f[outer])
            elif kind == "cell":
                nf.append(Cell())
            else:
                nf.append(UNBOUND)
        return nf
    return make


def _loops(cc: Compiler, rt: Runtime, gens: list[ast.comprehension],
           emit: Emit) -> Callable[[list, Any], None]:
    """Nested loops over the comprehension clauses, innermost calling ``emit``."""
    inner: Callable[[list, Any], None] | None = None
    fw = cc.env.firewall
    for i in range(len(gens) - 1, -1, -1):
        gen = gens[i]
        store = store_target(cc, gen.target)
        conds = cc.exprs(gen.ifs)
        nxt = inner
        next_iter = cc.expr(gens[i + 1].iter) if i + 1 < len(gens) else None
        inner = _one_loop(rt, store, conds, nxt, next_iter, emit, gen.is_async, fw.clean,
                          fw.admit, cc.specialise)
    assert inner is not None
    return inner


def _one_loop(rt: Runtime, store: Any, conds: list[Closure], nxt: Any, next_iter: Any,
              emit: Emit, is_async: bool, clean: set[type], admit: Any,
              specialise: bool) -> Callable[[list, Any], None]:
    """One ``for ... in ... if ...`` clause; every item passes the firewall."""
    def body(f: list, x: Any) -> None:
        if type(x) not in clean:
            x = admit(x)
        store(f, x)
        for cond in conds:
            if not cond(f):
                return
        if nxt is None:
            emit(f)
        else:
            source = next_iter(f)
            nxt(f, source)

    if is_async:
        def async_loop(f: list, source: Any) -> None:
            it = suspension.aiter_of(source)
            while True:
                try:
                    x = suspension.anext_value(rt, it)
                except StopAsyncIteration:
                    return
                rt.left -= 1
                if rt.left < 0:
                    rt.tick()
                body(f, x)
        return async_loop

    if specialise and not conds and nxt is None:
        def simple_loop(f: list, source: Any) -> None:
            for x in source:
                rt.left -= 1
                if rt.left < 0:
                    rt.tick()
                if type(x) not in clean:
                    x = admit(x)
                store(f, x)
                emit(f)
        return simple_loop

    def loop(f: list, source: Any) -> None:
        for x in source:
            rt.left -= 1
            if rt.left < 0:
                rt.tick()
            body(f, x)
    return loop


def _first_iter(c: Compiler, gen: ast.comprehension, P: Any) -> Closure:
    source = c.expr(gen.iter)
    if gen.is_async:
        return source

    def first_iter(f: list) -> Any:
        try:
            return iter(source(f))
        except BaseException as e:
            annotate(e, f, P)
            raise
    return first_iter


def _collection(c: Compiler, node: Any, kind: str) -> Closure:
    cc = c.child(node, {"list": "<listcomp>", "set": "<setcomp>", "dict": "<dictcomp>"}[kind])
    rt = c.rt
    P = c.pos(node)
    first = _first_iter(c, node.generators[0], P)
    make_frame = _frame_maker(c, node)
    if c.specialise and not any(g.is_async for g in node.generators) and \
            not cc.scope.has_await:
        return generated_comprehension(c, cc, node, kind, first, make_frame)
    if kind == "dict":
        key, value = cc.expr(node.key), cc.expr(node.value)

        def emit(f: list) -> None:
            k = key(f)
            f[0][k] = value(f)
    else:
        elt = cc.expr(node.elt)
        if kind == "list":
            def emit(f: list) -> None:
                f[0].append(elt(f))
        else:
            def emit(f: list) -> None:
                f[0].add(elt(f))
    loops = _loops(cc, rt, node.generators, emit)
    factory: Any = {"list": list, "set": set, "dict": dict}[kind]
    EP = cc.pos(node)

    def comprehension(f: list) -> Any:
        nf = make_frame(f, first(f))
        nf[0] = factory()
        try:
            loops(nf, nf[1])
        except BaseException as e:
            annotate(e, nf, EP)
            annotate(e, f, P)
            raise
        return nf[0]
    return comprehension


@expr_compiler(ast.ListComp)
def compile_listcomp(c: Compiler, node: ast.ListComp) -> Closure:
    return _collection(c, node, "list")


@expr_compiler(ast.SetComp)
def compile_setcomp(c: Compiler, node: ast.SetComp) -> Closure:
    return _collection(c, node, "set")


@expr_compiler(ast.DictComp)
def compile_dictcomp(c: Compiler, node: ast.DictComp) -> Closure:
    return _collection(c, node, "dict")


@expr_compiler(ast.GeneratorExp)
def compile_genexp(c: Compiler, node: ast.GeneratorExp) -> Closure:
    scope = c.scopes[node]
    cc = c.child(node, "<genexpr>")
    rt = c.rt
    P = c.pos(node)
    first = _first_iter(c, node.generators[0], P)
    make_frame = _frame_maker(c, node)
    if c.specialise and not scope.is_async and not scope.has_await:
        return generated_comprehension(c, cc, node, "generator", first, make_frame)
    elt = cc.expr(node.elt)
    if scope.is_async or scope.has_await:
        def emit_async(f: list) -> None:
            suspension.suspend(rt, suspension._AGYield(elt(f)))
        loops = _loops(cc, rt, node.generators, emit_async)

        def body(f: list) -> Any:
            loops(f, f[1])
            return RETURN
        runner = suspension.async_generator_runner(rt, body, "<genexpr>")

        def async_genexp(f: list) -> Any:
            return runner(make_frame(f, first(f)))
        return async_genexp
    gens = node.generators
    clean, admit = c.env.firewall.clean, c.env.firewall.admit
    stores = [store_target(cc, g.target) for g in gens]
    conds = [cc.exprs(g.ifs) for g in gens]
    iters = [None] + [cc.expr(g.iter) for g in gens[1:]]
    depth = len(gens)

    def walk(nf: list, level: int, source: Any) -> Any:
        store, cs = stores[level], conds[level]
        last = level == depth - 1
        for x in source:
            rt.left -= 1
            if rt.left < 0:
                rt.tick()
            if type(x) not in clean:
                x = admit(x)
            store(nf, x)
            ok = True
            for cond in cs:
                if not cond(nf):
                    ok = False
                    break
            if not ok:
                continue
            if last:
                yield elt(nf)
            else:
                yield from walk(nf, level + 1, iters[level + 1](nf))  # type: ignore[misc]

    GP = cc.pos(node)

    def generate(nf: list) -> Any:
        try:
            yield from walk(nf, 0, nf[1])
        except BaseException as e:
            annotate(e, nf, GP)
            raise

    def genexp(f: list) -> Any:
        nf = make_frame(f, first(f))
        gen = generate(nf)
        return gen
    return genexp


# ---------------------------------------------------------------------------
# Generated comprehensions (specialised mode)

_COMPREHENSION = """
def make({consts}):
    def {name}({p}F, {p}IT, {p}OWN=True):
        {frame} = {make_frame}({p}F, {p}IT)
{result}
        {L} = 0
        try:
{loops}
        except BaseException as {exc}:
            {annotate_generated}({exc}, {frame}, {positions}, {L})
            # the enclosing frame, at the comprehension (a caller with fast locals: its
            # host frame stands for it)
            {annotate}({exc}, {p}F if {p}OWN else {getframe}(1), {where})
            raise
        return {R}
    return {name}
"""
#: A generator expression's body: its frame is made (and its first iterable
#: evaluated) when the expression runs, the body when it is first resumed.
_GENEXPR = """
def make({consts}):
    def genexpr({frame}):
        {L} = 0
        try:
{loops}
        except BaseException as {exc}:
            {annotate_generated}({exc}, {frame}, {positions}, {L})
            raise
    return genexpr
"""
_RESULTS = {"list": "{R} = []\n{R}_add = {R}.append", "set": "{R} = set()\n{R}_add = {R}.add",
            "dict": "{R} = {{}}"}


def generated_comprehension(c: Compiler, cc: Compiler, node: Any, kind: str, first: Closure,
                            make_frame: Any) -> Closure:
    """A comprehension as one generated host function (a host generator for a generator
    expression): real ``for`` loops, inline conditions and element, a tick per item."""
    from ..tracebacks import annotate as annotate_
    from .blocks import compile_generated
    from .inline import annotate_generated

    gen, lines = _comprehension_loops(cc, node, kind, fast=True)
    if gen.needs_frame:  # something in it reads the frame list: keep its variables there
        gen, lines = _comprehension_loops(cc, node, kind, fast=False)
    R, L = gen.n("R"), gen.n("L")
    names = {"frame": gen.cell_frame, "L": L, "R": R, "exc": gen.n("exc"), "p": gen.p,
             "annotate_generated": gen.k(annotate_generated), "positions": gen.k(gen.positions),
             "loops": "\n".join(_pad(lines, 3))}
    if kind == "generator":
        src = _GENEXPR.format(consts=_const_names(gen), **names)
        body = compile_generated(cc, src)(*gen.consts)

        def genexpr(f: list) -> Any:
            return body(make_frame(f, first(f)))

        def genexpr_over(f: list | None, it: Any) -> Any:
            return body(make_frame(f, it))
        return _with_iterator(genexpr, genexpr_over, make_frame)
    names.update(name=f"{kind}comp", make_frame=gen.k(make_frame), first=gen.k(first),
                 annotate=gen.k(annotate_), where=gen.k(c.pos(node)),
                 getframe=gen.k(sys._getframe),
                 result="\n".join(_pad(_RESULTS[kind].format(R=R).split("\n"), 2)))
    src = _COMPREHENSION.format(consts=_const_names(gen), **names)
    over = compile_generated(cc, src)(*gen.consts)

    def comprehension(f: list) -> Any:
        return over(f, first(f))
    return _with_iterator(comprehension, over, make_frame)


def _comprehension_loops(cc: Compiler, node: Any, kind: str, fast: bool
                         ) -> tuple[Any, list[str]]:
    """The loops of a generated comprehension; ``fast``: its own variables are host
    locals (the frame list then holds only the iterator and the cells it reads)."""
    from .blocks import BODY, BlockGen, internal_prefix, statement_lines

    scope = cc.scope
    names = [n for n in scope.slots if n != ".0"]  # ".0": the first iterator's slot
    fast = fast and not scope.cells and all(n.isidentifier() for n in names)
    p = internal_prefix(names) if fast else "_pbx"
    gen = BlockGen(cc, BODY, prefix=p, frame=p + "N", fast_locals=fast)
    R, L = gen.n("R"), gen.n("L")
    lines: list[str] = []
    for i, clause in enumerate(node.generators):
        source = f"{gen.cell_frame}[1]" if i == 0 else gen.ex.mark(
            clause.iter, f"{gen.ITER}({gen.expr(clause.iter)})")
        it = gen.fresh("it")
        start, checked = gen.loop_iterator(it, source)
        x, body = gen.loop_target(clause.target, checked)
        body += gen.tick(node)
        gen.binding([clause.target])  # bound in the clauses and the element after it
        for cond in clause.ifs:
            body += [f"if not {gen.expr(cond)}:", "    continue"]
        lines += _pad([*start, f"for {x} in {it}:"] + _pad(body, 1), i)
    if kind == "dict":
        key = gen.fresh("k")  # the key first, then the value, as CPython evaluates them
        emit = [f"{L} = {gen._position(node.key)}", f"{key} = {gen.expr(node.key)}",
                f"{R}[{key}] = {gen.expr(node.value)}"]
    else:
        verb = "yield (" if kind == "generator" else f"{R}_add("
        emit = [f"{L} = {gen._position(node.elt)}", f"{verb}{gen.expr(node.elt)})"]
    lines += _pad(emit, len(node.generators))
    # what no inner node covers (a limit at the tick) is shown at the comprehension
    return gen, statement_lines(lines, gen._position(node))


def _with_iterator(closure: Closure, over: Any, make_frame: Any) -> Closure:
    """``closure(f)`` evaluates the first iterable in the enclosing frame ``f``; the
    enclosing generated code may evaluate it inline and call ``over(f, iterator)``
    instead (``f`` is then only read for the cells the comprehension shares: with
    none, ``f`` may be ``None``)."""
    closure.over_iterator = over  # type: ignore[attr-defined]
    closure.needs_cells = not getattr(make_frame, "simple", False)  # type: ignore[attr-defined]
    return closure


def _const_names(gen: Any) -> str:
    return ", ".join(f"{gen.p}K{i}" for i in range(len(gen.consts)))


def _pad(lines: list[str], level: int) -> list[str]:
    return ["    " * level + line for line in lines]
