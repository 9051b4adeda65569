"""Statement blocks as generated host code: real control flow, closures at the leaves.

With the compiler's specialisations on, the statements of a function body, a cell or
a direct-mode generator become the source of ONE host function: ``if``, ``while``,
``for``, ``async for``, ``try`` and ``with`` are the host's own statements, ``break``,
``continue`` and ``return`` are real, and a ``yield`` statement is a real ``yield``.
Expressions (and the statements kept as closures: ``match``, ``try``/``except*``,
``def``, ``class``, imports...) are the compiled closures, called as ``K3(F)``.  So a
sandbox call is one host frame plus those of its expressions, and a generator's items
do not travel through a chain of nested generators.

The protocols are CPython's by construction (the host runs them); the sandbox's own
rules are added where they belong: a tick at every loop iteration, the firewall on
every item and bound value, limit errors that no handler matches and no ``return``,
``break`` or ``continue`` in a ``finally`` swallows, and the statement position for
tracebacks (``L``, one store per statement, read only when an exception passes).

No user text enters the source: only slot numbers, indexes into the constants, and
internal names that no user parameter has (``prefix``).
"""

from __future__ import annotations

import ast
import dis
import types
from collections.abc import Iterable
from typing import Any

from ..errors import InternalError, LimitExceeded
from ..runtime import BREAK, CONTINUE, RETURN
from ..scope import CELL, GLOBAL, LOCAL, Scope
from ..security.guard import plain_name, private_name
from ..tracebacks import Pos, annotate
from .core import Compiler, shared_compiled
from .inline import (
    END,
    MID,
    START,
    STATEMENT,
    ExprGen,
    annotate_generated,
    checked_inplace,
    register_spans,
    strip_marks,
)
from .targets import attribute_setter, store_target

#: ``kind`` of generated code: how ``return`` and the end of the block look.
TRAMPOLINE, BODY, GENERATOR = "trampoline", "body", "generator"

#: Statements generated inline; the others run as closures.
_INLINE = (ast.Expr, ast.Assign, ast.AugAssign, ast.Return, ast.If, ast.While, ast.For, ast.AsyncFor,
           ast.Try, ast.With, ast.AsyncWith, ast.Break, ast.Continue, ast.Pass, ast.Global,
           ast.Nonlocal, ast.Raise)
#: Statements that clear the temporaries of the statements inside them too.
_CLEARS_NESTED = (ast.While, ast.For, ast.AsyncFor, ast.Try, ast.TryStar, ast.With, ast.AsyncWith)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.GeneratorExp,
           ast.ListComp, ast.SetComp, ast.DictComp)


def contains_yield(node: ast.AST) -> bool:
    """A ``yield`` in this node's own scope (not in nested functions or classes)."""
    todo = [node]
    while todo:
        n = todo.pop()
        if isinstance(n, ast.Yield | ast.YieldFrom):
            return True
        todo.extend(child for child in ast.iter_child_nodes(n) if not isinstance(child, _SCOPES))
    return False


def _yield_value(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Yield | ast.YieldFrom) and not (
        node.value is not None and contains_yield(node.value))


def yields_supported(body: list[ast.stmt]) -> bool:
    """Whether every yield stands where generated code can hold it: as a statement
    (``yield x``, ``v = yield x``, ``yield from it``) inside blocks generated inline."""
    for st in body:
        if not contains_yield(st):
            continue
        if isinstance(st, ast.Expr):
            ok = _yield_value(st.value)
        elif isinstance(st, ast.Assign):
            ok = len(st.targets) == 1 and not contains_yield(st.targets[0]) and \
                _yield_value(st.value)
        elif isinstance(st, ast.For | ast.AsyncFor):
            ok = not contains_yield(st.iter) and not contains_yield(st.target) and \
                yields_supported(st.body) and yields_supported(st.orelse)
        elif isinstance(st, ast.While | ast.If):
            ok = not contains_yield(st.test) and yields_supported(st.body) and \
                yields_supported(st.orelse)
        elif isinstance(st, ast.Try):
            ok = not any(h.type is not None and contains_yield(h.type) for h in st.handlers) \
                and all(yields_supported(b) for b in
                        [st.body, st.orelse, st.finalbody, *(h.body for h in st.handlers)])
        elif isinstance(st, ast.With | ast.AsyncWith):
            ok = not any(contains_yield(i.context_expr) or (
                i.optional_vars is not None and contains_yield(i.optional_vars))
                for i in st.items) and yields_supported(st.body)
        else:
            ok = False
        if not ok:
            return False
    return True


def fast_locals_allowed(scope: Scope) -> bool:
    """Whether a function's variables can be host locals (its cells stay in a frame
    list of cells only, which its comprehensions read): it reads no outer cells."""
    return not scope.free and all(name.isidentifier() for name in scope.slots)


def internal_prefix(params: list[str]) -> str:
    """A prefix no parameter name starts with (internal names of generated code)."""
    prefix = "_pbx"
    while any(p.startswith(prefix) for p in params):
        prefix += "_"
    return prefix


class _Context:
    """Where a statement stands: inside a loop, inside a ``finally``."""

    __slots__ = ("loop", "final")

    def __init__(self, loop: bool = False, final: bool = False) -> None:
        self.loop, self.final = loop, final

    def inside_loop(self) -> _Context:
        return _Context(True, self.final)

    def inside_finally(self) -> _Context:
        return _Context(self.loop, True)  # break/continue there leave the enclosing loop


class BlockGen:
    """Generates the source of one sandbox frame's statements."""

    def __init__(self, c: Compiler, kind: str, prefix: str = "_pbx", frame: str = "",
                 fast_locals: bool = False) -> None:
        self.c = c
        self.kind = kind
        #: the frame's locals are host locals of the generated function (no frame list);
        #: any construct that needs the frame list sets ``needs_frame`` (then the caller
        #: generates the block again without ``fast_locals``)
        self.fast_locals = fast_locals
        self.needs_frame = False
        #: a host generator: ``yield`` statements are real yields (else a switch)
        self.direct_yields = kind == GENERATOR
        self.p = prefix
        self._frame = frame or f"{prefix}F"
        self.consts: list[Any] = []
        self.positions: list[Pos] = []
        self.counter = 0
        self.made: list[str] = []  # internal names, in order; cleared after each statement
        self._nested_made: list[set[str]] = []  # per open statement: its inner statements' names
        #: internal names the expression that set them clears on its normal way out
        #: (an exception may leave them set: loops and ``try`` clear them, as the rest)
        self.self_cleared: set[str] = set()
        self.fw = c.env.firewall
        # Builtins the generated code calls, bound here: never looked up by name (a
        # trampoline's globals are the session's, where user code may rebind ``type``).
        self.TYPE, self.ISINSTANCE = self.k(type), self.k(isinstance)
        self.ITER, self.ID = self.k(iter), self.k(id)
        self.ex = ExprGen(self)
        #: fast locals surely bound where the generation is (the parameters, then what
        #: the statements before in the enclosing blocks bound): see ``ExprGen.bound_local``
        self.bound: set[str] = set(self._locals_of(ast.Name(p) for p in c.scope.params))

    @property
    def F(self) -> str:
        """The frame list's name in the generated code (``fast_locals``: there is none)."""
        self.needs_frame = True
        return self._frame

    @property
    def cell_frame(self) -> str:
        """The frame list, read only for the block's cells (fast locals keep a list of
        its cells alone, or none: ``None``)."""
        if self.fast_locals and self.kind == TRAMPOLINE and not self.c.scope.cells:
            return "None"
        return self._frame

    @property
    def frame_ref(self) -> str:
        """What tracebacks record as the frame (``None``: the generated host frame)."""
        return "None" if self.fast_locals else self.F

    def expr(self, node: ast.expr) -> str:
        """An expression of the generated code: inline where it can be, else a closure."""
        return self.ex.expr(node)

    # -- names and constants ---------------------------------------------
    def k(self, value: Any) -> str:
        """The name under which generated code sees ``value`` (a closure, a helper)."""
        self.consts.append(value)
        return f"{self.p}K{len(self.consts) - 1}"

    def fresh(self, what: str) -> str:
        self.counter += 1
        name = f"{self.p}{what}{self.counter}"
        self.made.append(name)
        return name

    def n(self, what: str) -> str:
        return f"{self.p}{what}"

    def call(self, closure: Any) -> str:
        return f"{self.k(closure)}({self.F})"

    # -- the whole block -------------------------------------------------
    def source(self, body: list[ast.stmt], level: int) -> list[str]:
        """The statements, wrapped so that an escaping exception gets its position."""
        e = self.n("exc")
        # Each statement's lines are marked with its position (``statement_lines``): an
        # instruction no inner node covers is shown at its statement (else the first).
        lines = self.block(body, _Context())
        out = ["try:", *_indent(lines or ["pass"]),
               f"except BaseException as {e}:",
               f"    {self.k(annotate_generated)}({e}, {self.frame_ref}, "
               f"{self.k(self.positions)}, 0)"]
        scope = self.c.scope
        if scope.is_async and not scope.is_generator and self.kind != GENERATOR:
            from .suspension import coroutine_stop  # a coroutine's code (or its twin)

            out += [f"    if {self.ISINSTANCE}({e}, StopIteration):",
                    f"        raise {self.k(coroutine_stop)}({e}) from {e}"]
        out.append("    raise")
        return _indent(out, level)

    def _locals_of(self, targets: Iterable[ast.expr]) -> list[str]:
        """The local names (never deleted) that storing into ``targets`` binds."""
        scope, names, stack = self.c.scope, [], list(targets)
        while stack:
            t = stack.pop()
            if isinstance(t, ast.Name):
                name = scope.mangle(t.id)
                if name not in scope.deleted and scope.resolve(name)[0] == LOCAL:
                    names.append(name)
            elif isinstance(t, ast.Tuple | ast.List):
                stack += t.elts
            elif isinstance(t, ast.Starred):
                stack.append(t.value)
        return names

    def binding(self, targets: Iterable[ast.expr]) -> set[str]:
        """What ``self.bound`` was; the names ``targets`` bind are added to it."""
        saved = self.bound
        self.bound = saved | set(self._locals_of(targets))
        return saved

    def block(self, stmts: list[ast.stmt], ctx: _Context) -> list[str]:
        out: list[str] = []
        outer = self.bound
        self.bound = set(outer)  # what the block binds is not bound after it
        for st in stmts:
            index = self._position(st)
            first = len(self.made)
            self._nested_made.append(set())
            lines = self.stmt(st, ctx)
            nested = self._nested_made.pop()
            made = self.made[first:]
            if self._nested_made:
                self._nested_made[-1].update(made)
            if not isinstance(st, _CLEARS_NESTED):
                # The statements inside cleared their own; an ``if`` runs once per loop
                # iteration, so it does not clear them again.
                made = [name for name in made
                        if name not in nested and name not in self.self_cleared]
            if made and not isinstance(st, ast.Return | ast.Break | ast.Continue):
                # The statement's temporaries hold no references past it (CPython keeps
                # none): ``del x`` finalizes at once, memory goes when expected.  A loop or
                # ``try`` also clears those a ``break``, ``continue`` or caught exception
                # left behind inside it.
                lines.append(" = ".join(made) + " = None")
            out += statement_lines(lines, index)
            if isinstance(st, ast.Assign):
                self.bound.update(self._locals_of(st.targets))
            elif isinstance(st, ast.AugAssign) or (isinstance(st, ast.AnnAssign) and
                                                    st.value is not None):
                self.bound.update(self._locals_of([st.target]))
        self.bound = outer
        return out

    def _position(self, node: ast.AST) -> int:
        self.positions.append(self.c.pos(node))
        return len(self.positions) - 1

    # -- statements ------------------------------------------------------
    def stmt(self, st: ast.stmt, ctx: _Context) -> list[str]:
        if not isinstance(st, _INLINE):
            return self.closure_statement(st, ctx)
        method = getattr(self, "gen_" + type(st).__name__)
        return method(st, ctx)

    def closure_statement(self, st: ast.stmt, ctx: _Context) -> list[str]:
        """A statement compiled as a closure; its control-flow signal is carried out."""
        closure = self.c.stmt(st)
        if not _may_signal(st):
            return [self.call(closure)]
        r = self.fresh("r")
        out = [f"{r} = {self.call(closure)}", f"if {r} is not None:"]
        if ctx.loop:
            out += [f"    if {r} is {self.k(BREAK)}:", *_indent(self._exit("break", ctx), 2),
                    f"    if {r} is {self.k(CONTINUE)}:",
                    *_indent(self._exit("continue", ctx), 2)]
        out += _indent(self._exit(self._return_of_frame(), ctx))
        return out

    def _return_of_frame(self) -> str:
        """``return`` after a closure statement returned RETURN (the value is in slot 0)."""
        if self.kind == BODY:
            return f"return {self.k(RETURN)}"
        return f"return {self.F}[0]"

    def _exit(self, statement: str, ctx: _Context) -> list[str]:
        """``break``/``continue``/``return``; inside a ``finally`` a pending limit error
        goes on first (CPython would let the jump discard it; ``tick`` raises it)."""
        if not ctx.final:
            return [statement]
        rt = self.k(self.c.rt)
        return [f"if {rt}.stop is not None:", f"    {rt}.tick()", statement]

    def gen_Expr(self, st: ast.Expr, ctx: _Context) -> list[str]:
        if self.kind == GENERATOR and isinstance(st.value, ast.Yield | ast.YieldFrom):
            return self.yield_statement(st.value, None)
        return [self.expr(st.value)]

    def gen_Pass(self, st: ast.stmt, ctx: _Context) -> list[str]:
        return ["pass"]

    gen_Global = gen_Nonlocal = gen_Pass

    def gen_Break(self, st: ast.Break, ctx: _Context) -> list[str]:
        return self._exit("break", ctx)

    def gen_Continue(self, st: ast.Continue, ctx: _Context) -> list[str]:
        return self._exit("continue", ctx)

    def gen_Return(self, st: ast.Return, ctx: _Context) -> list[str]:
        value = self.expr(st.value) if st.value is not None else "None"
        if self.kind == BODY:
            return [f"{self.F}[0] = {value}", *self._exit(f"return {self.k(RETURN)}", ctx)]
        if not ctx.final:
            return [f"return {value}"]
        v = self.fresh("v")
        return [f"{v} = {value}", *self._exit(f"return {v}", ctx)]

    def gen_Assign(self, st: ast.Assign, ctx: _Context) -> list[str]:
        if len(st.targets) > 1:  # a = b = v: v once, then the targets left to right
            if self.kind == GENERATOR and isinstance(st.value, ast.Yield | ast.YieldFrom):
                return self.closure_statement(st, ctx)
            v = self.fresh("m")
            out = [f"{v} = {self.expr(st.value)}"]
            for target in st.targets:
                out += self.store(target, v)
            return out
        target = st.targets[0]
        if self.kind == GENERATOR and isinstance(st.value, ast.Yield | ast.YieldFrom):
            return self.yield_statement(st.value, target)
        return self.store(target, self.expr(st.value))

    def gen_Raise(self, st: ast.Raise, ctx: _Context) -> list[str]:
        from .statements import current_exception, exception_with_cause, make_exception

        if st.exc is None:
            return [f"raise {self.k(current_exception)}()"]
        exc = self.expr(st.exc)
        if st.cause is None:
            return [f"raise {self.k(make_exception)}({exc})"]
        return [f"raise {self.k(exception_with_cause)}({exc}, {self.expr(st.cause)})"]

    def gen_AugAssign(self, st: ast.AugAssign, ctx: _Context) -> list[str]:
        """``x op= v`` for a local or global name, an attribute or an item (its object
        and index evaluated once); other targets run as closures."""
        t = st.target
        local = self._augmented_local(st)
        if local is not None:
            return local
        a, b = self.fresh("a"), self.fresh("b")
        if isinstance(t, ast.Name):
            kind = self.c.scope.resolve(self.c.scope.mangle(t.id))[0]
            if kind not in (LOCAL, GLOBAL):
                return [self.call(self.c.stmt(st))]
            out = [f"{a} = {self.ex.mark(t, self.ex.x_Name(t))}"]
            write = self.store(t, a)
        elif isinstance(t, ast.Attribute):
            o, name = self.fresh("o"), self.c.scope.mangle(t.attr)
            read = self.ex.attribute_read(o, name)
            if read is None:
                return [self.call(self.c.stmt(st))]
            out = [f"{o} = {self.expr(t.value)}",
                   f"{a} = {self.ex.mark(t, self.ex.admitted(read))}"]
            write = self.attribute_store(o, name, a, t)
        else:
            index = self.ex.index(t.slice) if isinstance(t, ast.Subscript) and \
                not isinstance(t.slice, ast.Slice) else None
            if index is None:
                return [self.call(self.c.stmt(st))]
            o, i = self.fresh("o"), self.fresh("i")
            out = [f"{o} = {self.expr(t.value)}", f"{i} = {index}",
                   f"{a} = {self.ex.mark(t, self.ex.admitted(f'{o}[{i}]'))}"]
            write = [self.ex.mark(t, f"{o}[{i}] = {a}")]
        out.append(f"{b} = {self.expr(st.value)}")
        return out + self._in_place(a, type(st.op), b) + write

    def _in_place(self, a: str, op: type, b: str, b_is_number: bool = False) -> list[str]:
        """``a op= b`` on two names (``b`` may be a number literal): at once for numbers,
        else through the size check of the operators that have one."""
        from .expressions import BINOP_SYMBOLS, CHECKED_OPS

        sym = BINOP_SYMBOLS[op]
        if op not in CHECKED_OPS:
            return [f"{a} {sym}= {b}"]
        return [f"if {self.ex.number_tests([a] if b_is_number else [a, b])}:",
                f"    {a} {sym}= {b}", "else:",
                f"    {a} = {self.k(checked_inplace(self.c.rt, op))}({a}, {b})"]

    def _augmented_local(self, st: ast.AugAssign) -> list[str] | None:
        """``total += x * y`` on a bound fast local: the name is its own operand (nothing
        on the right can rebind it).  When the right side is arithmetic over bound
        locals (``ExprGen.fused_arithmetic``), all of it runs at once for numbers."""
        from .expressions import BINOP_SYMBOLS, CHECKED_OPS

        name = self.ex.bound_local(st.target)
        if name is None or not self.fast_locals or any(
                isinstance(n, ast.NamedExpr) for n in ast.walk(st.value)):
            return None
        op, v = type(st.op), st.value
        sym, checked = BINOP_SYMBOLS[op], op in CHECKED_OPS
        leaves: dict[str, None] = {}
        inner = self.ex.arithmetic(v, leaves)
        slow = self._augmented_operands(name, op, v)
        if inner is None or not (inner or checked) or not isinstance(v, ast.BinOp | ast.UnaryOp):
            return slow
        tested = [name] if checked else []
        plain = self.ex.mark(v, self.ex.plain_arithmetic(v))
        return [f"if {self.ex.number_tests(dict.fromkeys([*tested, *leaves]))}:",
                f"    {name} {sym}= {plain}", "else:", *_indent(slow)]

    def _augmented_operands(self, name: str, op: type, v: ast.expr) -> list[str]:
        """``name op= v`` with the operands' types tested at the operator."""
        number = isinstance(v, ast.Constant) and type(v.value) in (int, float)
        b = self.ex.x_Constant(v) if number else self.ex.bound_local(v)
        out = []
        first = len(self.made)
        if b is None:
            b = self.fresh("b")
            out.append(f"{b} = {self.ex.stepwise(v)}")
        out += self._in_place(name, op, b, number)
        made = self.made[first:]
        if made:  # cleared here, not on the fused path (see ``_augmented_local``)
            self.self_cleared.update(made)
            out.append(" = ".join(made) + " = None")
        return out

    def store(self, target: ast.expr, value: str) -> list[str]:
        """``target = value`` (``value`` is an expression of the generated code, evaluated
        first, as CPython evaluates the right side before the target's parts)."""
        if isinstance(target, ast.Name):
            name = self.c.scope.mangle(target.id)
            kind, slot = self.c.scope.resolve(name)
            if kind == LOCAL:
                if self.fast_locals:
                    return [f"{name} = {value}"]
                return [f"{self.F}[{slot}] = {value}"]
            if kind == CELL:
                return [f"{self.cell_frame}[{slot}].v = {value}"]
            if kind == GLOBAL:
                return [f"{self.k(self.c.env.globals)}[{self.k(name)}] = {value}"]
        elif isinstance(target, ast.Attribute) and _fast_attribute(
                self.c.scope.mangle(target.attr)):
            v, o = self.fresh("v"), self.fresh("o")
            return [f"{v} = {value}", f"{o} = {self.expr(target.value)}",
                    *self.attribute_store(o, self.c.scope.mangle(target.attr), v, target)]
        elif isinstance(target, ast.Subscript) and self.ex.index(target.slice) is not None:
            v = self.fresh("v")
            item = f"{self.expr(target.value)}[{self.ex.index(target.slice)}] = {v}"
            return [f"{v} = {value}", self.ex.mark(target, item)]
        elif isinstance(target, ast.Tuple | ast.List) and sum(
                isinstance(e, ast.Starred) for e in target.elts) <= 1:
            return self.unpack(target, value)
        return [f"{self.k(store_target(self.c, target))}({self.F}, {value})"]

    def attribute_store(self, o: str, name: str, v: str, node: ast.AST) -> list[str]:
        """``o.name = v``: at once on instances of user classes, else by the write rule."""
        if not _fast_attribute(name):
            return [self.ex.mark(node, f"{self.k(attribute_setter(self.c, name))}({o}, {v})")]
        return [f"if {self.TYPE}({o}) in {self.k(self.fw.user_types)}:",
                f"    {self.ex.mark(node, f'{o}.{name} = {v}')}",
                "else:",
                f"    {self.ex.mark(node, f'{self.k(attribute_setter(self.c, name))}({o}, {v})')}"]

    def unpack(self, target: ast.Tuple | ast.List, value: str) -> list[str]:
        """``a, *b, c = value``: CPython's own unpacking, then every item is admitted and
        stored in order."""
        direct = self._direct_unpack(target, value)
        if direct is not None:
            return direct
        names, out = [], []
        for e in target.elts:
            x = self.fresh("u")
            names.append(("*" + x) if isinstance(e, ast.Starred) else x)
        v = self.fresh("v")
        out.append(f"{v} = {value}")
        unpacked = ", ".join(names) + ("," if len(names) == 1 else "")
        out.append(self.ex.mark(target, f"{unpacked} = {v}"))
        for e, x in zip(target.elts, names, strict=True):
            if x.startswith("*"):
                items = x[1:]
                out.append(f"{items} = {self._admitted_items(items)}")
                out += self.store(e.value, items)  # type: ignore[attr-defined]
            else:
                out += self.admit(x) + self.store(e, x)
        return out

    def _direct_unpack(self, target: ast.Tuple | ast.List, value: str) -> list[str] | None:
        """``a, b, c = value`` into fast locals: CPython's unpacking straight into the
        names, then one test of the items' types.  If one needs the firewall, the names
        are cleared first, so a refused item is never left bound, then all are admitted
        in order and bound again."""
        if not self.fast_locals or not target.elts:
            return None
        names = []
        for e in target.elts:
            if not isinstance(e, ast.Name):
                return None
            name = self.c.scope.mangle(e.id)
            if self.c.scope.resolve(name)[0] != LOCAL:
                return None
            names.append(name)
        held, ty, clean = self.fresh("w"), self.TYPE, self.k(self.fw.clean)
        self.self_cleared.add(held)
        unpacked = ", ".join(names) + ("," if len(names) == 1 else "")
        tests = " or ".join(f"{ty}({n}) not in {clean}" for n in dict.fromkeys(names))
        return [self.ex.mark(target, f"{unpacked} = {value}"),
                f"if {tests}:",
                f"    {held} = ({unpacked})",
                f"    {' = '.join(dict.fromkeys(names))} = None",
                f"    {unpacked} = {self._admitted_items(held)}",
                f"    {held} = None"]

    def _admitted_items(self, items: str) -> str:
        """A list of the items of ``items``, each through the firewall, in order."""
        y = self.fresh("y")
        return (f"[{y} if {self.TYPE}({y}) in {self.k(self.fw.clean)} else "
                f"{self.k(self.fw.admit)}({y}) for {y} in {items}]")

    def loop_iterator(self, it: str, source: str) -> tuple[list[str], str]:
        """``it = source`` (an iterator), and the name of a flag telling whether its
        items need the firewall's look (``loop_target``): a range's iterator yields exact
        ints only."""
        checked = self.fresh("c")
        return [f"{it} = {source}",
                f"{checked} = {self.TYPE}({it}) not in {self.k(_INT_ITERATORS)}"], checked

    def loop_target(self, target: ast.expr, checked: str) -> tuple[str, list[str]]:
        """What a ``for`` binds each item to, and the lines that admit (if ``checked``
        says so) and store it.  A fast local takes the item itself; if the firewall must
        look at it, the name is cleared first (a refused item is never left bound)."""
        if self.fast_locals and isinstance(target, ast.Name):
            name = self.c.scope.mangle(target.id)
            if self.c.scope.resolve(name)[0] == LOCAL:
                w = self.fresh("w")
                self.self_cleared.add(w)
                return name, [f"if {checked} and {self.TYPE}({name}) not in "
                              f"{self.k(self.fw.clean)}:",
                              f"    {w} = {name}", f"    {name} = None",
                              f"    {name} = {self.k(self.fw.admit)}({w})",
                              f"    {w} = None"]
        x = self.fresh("x")
        return x, self.admit(x, checked) + self.store(target, x)

    def admit(self, name: str, checked: str = "") -> list[str]:
        test = f"{checked} and " if checked else ""
        return [f"if {test}{self.TYPE}({name}) not in {self.k(self.fw.clean)}:",
                f"    {name} = {self.k(self.fw.admit)}({name})"]

    def tick(self, loop: ast.stmt) -> list[str]:
        """The check point of a loop iteration; a limit hit there is shown at the loop."""
        rt = self.k(self.c.rt)
        return [f"{rt}.left -= 1", f"if {rt}.left < 0:", f"    {rt}.tick()"]

    # -- yield ------------------------------------------------------------
    def yield_statement(self, node: ast.Yield | ast.YieldFrom,
                        target: ast.expr | None) -> list[str]:
        rt = self.k(self.c.rt)
        sent = self.fresh("s")
        if isinstance(node, ast.YieldFrom):
            it = self.fresh("it")
            out = [f"{it} = {self.call(_iter_closure(self.c, node.value, node))}",
                   f"{rt}.depth -= 1", "try:", f"    {sent} = yield from {it}"]
        else:
            value = self.expr(node.value) if node.value is not None else "None"
            out = [f"{rt}.depth -= 1", "try:", f"    {sent} = yield {value}"]
        out += ["finally:", f"    {rt}.depth += 1"]
        if target is not None:
            out += self.admit(sent) + self.store(target, sent)
        return out

    # -- control flow -----------------------------------------------------
    def gen_If(self, st: ast.If, ctx: _Context) -> list[str]:
        out = [f"if {self.expr(st.test)}:"]
        out += _indent(self.block(st.body, ctx) or ["pass"])
        if st.orelse:
            out += ["else:"] + _indent(self.block(st.orelse, ctx) or ["pass"])
        return out

    def gen_While(self, st: ast.While, ctx: _Context) -> list[str]:
        out = [f"while {self.expr(st.test)}:"]
        out += _indent(self.tick(st) + self.block(st.body, ctx.inside_loop()))
        if st.orelse:
            out += ["else:"] + _indent(self.block(st.orelse, ctx) or ["pass"])
        return out

    def gen_For(self, st: ast.For, ctx: _Context) -> list[str]:
        it = self.fresh("it")
        out, checked = self.loop_iterator(
            it, self.ex.mark(st.iter, f"{self.ITER}({self.expr(st.iter)})"))
        x, body = self.loop_target(st.target, checked)
        out.append(f"for {x} in {it}:")
        body += self.tick(st)
        outer = self.binding([st.target])
        body += self.block(st.body, ctx.inside_loop())
        self.bound = outer
        out += _indent(body)
        if st.orelse:
            out += ["else:"] + _indent(self.block(st.orelse, ctx) or ["pass"])
        return out

    def gen_AsyncFor(self, st: ast.AsyncFor, ctx: _Context) -> list[str]:
        from .suspension import aiter_of, anext_value

        it, x, done = self.fresh("it"), self.fresh("x"), self.fresh("done")
        source = _closure_with_position(self.c, self.c.expr(st.iter), st.iter, aiter_of)
        out = [f"{it} = {self.call(source)}", f"{done} = False", "while True:",
               "    try:",
               f"        {x} = {self.k(anext_value)}({self.k(self.c.rt)}, {it})",
               "    except StopAsyncIteration:",
               f"        {done} = True",
               "        break"]
        body = self.admit(x) + self.store(st.target, x) + self.tick(st)
        outer = self.binding([st.target])
        body += self.block(st.body, ctx.inside_loop())
        self.bound = outer
        out += _indent(body)
        if st.orelse:
            out += [f"if {done}:"] + _indent(self.block(st.orelse, ctx) or ["pass"])
        return out

    def gen_Try(self, st: ast.Try, ctx: _Context) -> list[str]:
        from .exceptions import handler_matches, matching_index

        e, h = self.fresh("e"), self.fresh("h")
        out = ["try:"] + _indent(self.block(st.body, ctx) or ["pass"])
        if st.handlers:
            out += [f"except BaseException as {e}:",
                    f"    if {self.ISINSTANCE}({e}, {self.k(LimitExceeded)}):",
                    "        raise",
                    # the catching frame is part of the exception's traceback, as in CPython
                    f"    {self.k(annotate_generated)}({e}, {self.frame_ref}, "
                    f"{self.k(self.positions)}, 0)"]
            if self.fast_locals:  # the clauses' types are inline expressions, in order
                tests = ["True" if x.type is None else self.ex.mark(
                    x.type, f"{self.k(handler_matches)}({e}, {self.expr(x.type)})")
                    for x in st.handlers]
            else:
                handlers = tuple((self.c.expr(x.type) if x.type is not None else None,
                                  self.c.pos(x.type or x)) for x in st.handlers)
                out.append(f"    {h} = {self.k(matching_index)}({self.F}, {e}, "
                           f"{self.k(handlers)})")
                tests = [f"{h} == {i}" for i in range(len(st.handlers))]
            for i, handler in enumerate(st.handlers):
                body = self.block(handler.body, ctx) or ["pass"]
                if handler.name:
                    body = self.store(ast.Name(handler.name), e) + [
                        "try:", *_indent(body), "finally:",
                        *_indent(self._unbind(handler.name))]
                out += [f"    {'if' if i == 0 else 'elif'} {tests[i]}:"] + _indent(body, 2)
            out += ["    else:", "        raise"]
            if st.orelse:
                out += ["else:"] + _indent(self.block(st.orelse, ctx) or ["pass"])
        if st.finalbody:
            out += ["finally:"] + _indent(self.block(st.finalbody, ctx.inside_finally())
                                          or ["pass"])
        return out

    def _unbind(self, name: str) -> list[str]:
        """The end of ``except ... as name``: the name is unbound (as CPython does)."""
        mangled = self.c.scope.mangle(name)
        if self.fast_locals and self.c.scope.resolve(mangled)[0] == LOCAL:
            return [f"{mangled} = None", f"del {mangled}"]
        return [f"{self.k(_unbinder(self.c, name))}({self.F})"]

    def gen_With(self, st: ast.With, ctx: _Context) -> list[str]:
        return self.with_statement(st.items, st.body, ctx, is_async=False)

    def gen_AsyncWith(self, st: ast.AsyncWith, ctx: _Context) -> list[str]:
        return self.with_statement(st.items, st.body, ctx, is_async=True)

    def with_statement(self, items: list[ast.withitem], body: list[ast.stmt], ctx: _Context,
                       is_async: bool) -> list[str]:
        """``with a, b:`` is ``with a: with b:``; each is CPython's protocol: ``__exit__``
        with the exception (its truth suppresses it), or with ``None`` on every other
        way out (falling off the end, ``return``, ``break``, ``continue``)."""
        from .exceptions import with_opener
        from .suspension import await_value

        inner = self.block(body, ctx) or ["pass"]
        for item in reversed(items):
            m, ex, v, e, ok = (self.fresh(w) for w in ("m", "ex", "v", "e", "ok"))
            opener = self.k(with_opener(self.c, item.context_expr, is_async))
            aw = f"{self.k(await_value)}({self.k(self.c.rt)}, " if is_async else "("
            lines = [f"{m}, {ex}, {v} = {opener}({self.F})"]
            if item.optional_vars is not None:
                lines += self.store(item.optional_vars, v)
            lines += [f"{ok} = True", "try:", *_indent(inner),
                      f"except BaseException as {e}:",
                      f"    {ok} = False",
                      f"    if {self.ISINSTANCE}({e}, {self.k(LimitExceeded)}):",
                      f"        {aw}{ex}({m}, type({e}), {e}, {e}.__traceback__))",
                      "        raise",
                      f"    if not {aw}{ex}({m}, type({e}), {e}, {e}.__traceback__)):",
                      "        raise",
                      "finally:",
                      f"    if {ok}:",
                      f"        {aw}{ex}({m}, None, None, None))"]
            inner = lines
        return inner


#: Iterators whose items are exact ints (``range``'s): the loop takes them unlooked-at.
_INT_ITERATORS = frozenset({type(iter(range(1))), type(iter(range(1 << 64)))})


def statement_lines(lines: list[str], index: int) -> list[str]:
    """A statement's lines, each marked as the statement at position ``index`` unless
    an inner statement marked it (the innermost statement of a line is its own)."""
    out = []
    for line in "\n".join(lines).split("\n"):
        code = line.lstrip(" ")
        if code and STATEMENT not in code:
            line = f"{line[:len(line) - len(code)]}{START}{index}{MID}{STATEMENT}{code}{END}"
        out.append(line)
    return out


def _fast_attribute(name: str) -> bool:
    """Attribute names instances of user classes take without the write rule's check."""
    return plain_name(name) or private_name(name)


def _may_signal(st: ast.stmt) -> bool:
    """Whether a closure statement can hand back break/continue/return."""
    return isinstance(st, ast.Match | ast.TryStar | ast.If | ast.While | ast.For |
                      ast.AsyncFor | ast.Try | ast.With | ast.AsyncWith | ast.Return |
                      ast.Break | ast.Continue)


def _indent(lines: list[str], level: int = 1) -> list[str]:
    pad = "    " * level
    return [pad + line for line in lines]


def _closure_with_position(c: Compiler, value: Any, node: ast.AST, wrap: Any) -> Any:
    """``wrap(value(f))`` with errors shown at ``node`` (``iter(5)``, ``aiter(x)``)."""
    P = c.pos(node)

    def at_position(f: list) -> Any:
        try:
            return wrap(value(f))
        except BaseException as e:
            annotate(e, f, P)
            raise
    return at_position


def _iter_closure(c: Compiler, expr: ast.expr, node: ast.AST) -> Any:
    return _closure_with_position(c, c.expr(expr), node, iter)


def _unbinder(c: Compiler, name: str) -> Any:
    """``except E as name``: the name is unbound when the handler ends, as in CPython."""
    delete = c.delete_name(name)

    def unbind(f: list) -> None:
        try:
            delete(f)
        except NameError:
            pass
    return unbind


_BLOCK = """
def make({consts}):
    def {name}({frame}):
{body}
    return {name}
"""


def block_function(c: Compiler, body: list[ast.stmt], kind: str = BODY,
                   name: str = "block") -> Any:
    """``body(f)`` for a cell or a suspendable body (``BODY``: RETURN in slot 0), or a
    direct-mode generator body (``GENERATOR``: a host generator that returns the value)."""
    if kind == GENERATOR:
        gen, lines = _generator_lines(c, body)
    else:
        gen = BlockGen(c, kind)
        lines = gen.source(body, 2)
    names = [f"{gen.p}K{i}" for i in range(len(gen.consts))]
    src = _BLOCK.format(consts=", ".join(names) or "", name=name, frame=gen.F,
                        body="\n".join(lines))
    fn = compile_generated(c, src)(*gen.consts)
    return fn


def _generator_lines(c: Compiler, body: list[ast.stmt]) -> tuple[BlockGen, list[str]]:
    """A direct-mode generator's body: with fast locals (parameters taken out of the
    frame list, cells left in it) unless something in it needs the frame list."""
    from . import skeletons

    scope = c.scope
    gen = None
    if fast_locals_allowed(scope):
        gen = BlockGen(c, GENERATOR, internal_prefix(list(scope.slots)), fast_locals=True)
        lines = gen.source(body, 2)
        if gen.needs_frame:
            gen = None
    if gen is None:
        gen = BlockGen(c, GENERATOR)
        lines = gen.source(body, 2)
    rt = gen.k(c.rt)
    entry = skeletons.frame_entry(d=gen.n("D"), rt=rt, level=2).rstrip("\n").split("\n")
    if gen.fast_locals:
        entry += [f"        {name} = {gen._frame}[{scope.slots[name]}]"
                  for name in scope.params if name not in scope.cells]
        others = [n for n in scope.slots if n not in scope.params and
                  n not in scope.cells] or [gen.n("X")]
        entry += ["        if False:", f"            {' = '.join(others)} = None"]
    return gen, entry + ["        try:"] + _indent(lines) + [
        "        finally:", f"            {rt}.depth -= 1"]


def compile_generated(c: Compiler, marked: str, globals_: dict | None = None) -> Any:
    """The ``make`` factory of generated source with node marks (cached per source);
    the positions of the marked nodes are registered for tracebacks."""
    cache = c.env.template_cache
    make = cache.get(marked)
    if make is None:
        code, spans, by_name = shared_compiled(("block", marked),
                                               lambda: _compiled_marked(marked))
        ns: dict[str, Any] = {}
        internal = c.env.function_globals if globals_ is None else globals_
        # Its own names must be the internal globals' (a builtin's name is never a
        # global read by name: see ExprGen._global_by_name).
        stray = {n for n in by_name if n in c.env.builtins and n not in internal}
        if stray:
            raise InternalError(f"generated code reads {sorted(stray)} by name")
        exec(code, internal, ns)  # noqa: S102
        register_spans(ns["make"].__code__, spans)
        make = cache[marked] = _made_with_session_globals(ns["make"], internal,
                                                          c.env.globals)
    return make


def _made_with_session_globals(make: Any, internal: dict, namespace: dict) -> Any:
    """``make`` whose functions take the session's namespace as their builtins.

    A function's builtins are its globals' ``__builtins__`` when it is created: for the
    time ``make`` runs (host code only), that is the namespace.  The generated code then
    reads a global by its name (``LOAD_GLOBAL``, see ``ExprGen._global_by_name``): the
    internal globals first (dunders and ``core.INTERNAL_NAMES``), then the namespace.  At
    any other time ``__builtins__`` is the sandbox's builtins, for C code's imports.
    """
    def made(*args: Any) -> Any:
        saved = internal["__builtins__"]
        internal["__builtins__"] = namespace
        try:
            return make(*args)
        finally:
            internal["__builtins__"] = saved
    return made


_LOAD_GLOBAL, _EXTENDED_ARG = dis.opmap["LOAD_GLOBAL"], dis.EXTENDED_ARG


def _names_read_by_name(code: types.CodeType) -> frozenset[str]:
    """The names ``code`` and the code nested in it load as globals (``LOAD_GLOBAL``:
    in 3.11+ its argument is the name's index times two, plus a flag)."""
    names, stack = set(), [code]
    while stack:
        co = stack.pop()
        ops, args = co.co_code[::2], co.co_code[1::2]
        i = ops.find(_LOAD_GLOBAL)
        while i != -1:
            arg, j = args[i], i - 1
            shift = 8
            while j >= 0 and ops[j] == _EXTENDED_ARG:
                arg |= args[j] << shift
                shift += 8
                j -= 1
            names.add(co.co_names[arg >> 1])
            i = ops.find(_LOAD_GLOBAL, i + 1)
        stack += (k for k in co.co_consts if isinstance(k, types.CodeType))
    return frozenset(names)


def _compiled_marked(marked: str) -> tuple[types.CodeType, dict, frozenset[str]]:
    source, spans = strip_marks(marked)
    code = compile(source, "<pythonbox>", "exec")
    return code, spans, _names_read_by_name(code)


__all__ = ["BODY", "GENERATOR", "TRAMPOLINE", "BlockGen", "block_function", "contains_yield",
           "internal_prefix", "yields_supported"]
