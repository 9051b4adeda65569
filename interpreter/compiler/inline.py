"""Expressions of generated blocks as host expressions, with the sandbox's rules inline.

Inside a generated block (``blocks.py``) an expression made of names, constants,
operators, comparisons, attribute reads, subscripts, displays and plain calls becomes
one host expression instead of a tree of closures: ``F[1] * F[2] + K3`` runs as
CPython runs it.  What the sandbox adds is written into the expression:

* every attribute, subscript and call result passes the firewall
  (``(t if type(t := x.a) in CLEAN else ADMIT(t))``);
* operators that can allocate a lot (``*``, ``**``, ``<<``, ``+``, ``%``) take the host
  operator only for numbers, and a checked helper otherwise;
* a call runs the pre-call hook when its callee has one, and a method's binding is
  checked as ``calls.py`` checks it;
* names load as the closures do (unbound locals, globals then builtins).

Anything else stays a closure call.  Errors keep CPython's carets: each inlined node
is marked in the source, and when an exception passes the generated frame its
instruction's position (``co_positions``) is mapped back to the innermost node.
"""

from __future__ import annotations

import array
import ast
import collections
import functools
import keyword
import re
import sys
import types
import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..runtime import UNBOUND
from ..scope import CELL, GLOBAL, LOCAL
from ..security.guard import SANDBOX_CODES, TWIN_KEY, is_user_class, plain_name, private_name
from ..security.limits import checked_binop, consumes_generator
from ..security.precall import BOUND_METHODS, METHOD_PRECALL, PRECALL, call_checked
from ..tracebacks import Pos, annotate
from .expressions import BINOP_SYMBOLS, CHECKED_OPS, CMP_SYMBOLS

if TYPE_CHECKING:
    from .blocks import BlockGen

START, MID, END = "\x01", "\x02", "\x03"
#: After a mark's MID: the marked text is a whole line of a statement's code.
STATEMENT = "\x04"
_UNARY = {ast.Not: "not ", ast.USub: "-", ast.UAdd: "+", ast.Invert: "~"}
#: Calls whose callee needs the caller's frame: compiled by ``calls.py``.
_FRAME_CALLS = frozenset({"super", "locals", "vars", "dir"})


class ExprGen:
    """Source text of inlinable expressions, for one ``BlockGen``."""

    def __init__(self, gen: BlockGen) -> None:
        self.gen = gen
        self.c = gen.c
        self.fw = gen.fw
        self.fusing = False  # inside the checked form of a fused arithmetic expression

    def expr(self, node: ast.expr) -> str:
        method = getattr(self, "x_" + type(node).__name__, None)
        text = method(node) if method is not None else None
        if text is None:
            return self.gen.call(self.c.expr(node))
        return self.mark(node, text)

    def mark(self, node: ast.AST, text: str) -> str:
        return f"{START}{self.gen._position(node)}{MID}{text}{END}"

    def k(self, value: Any) -> str:
        return self.gen.k(value)

    def tmp(self) -> str:
        return self.gen.fresh("t")

    # -- leaves -----------------------------------------------------------
    def x_Constant(self, node: ast.Constant) -> str:
        v = node.value
        if v is None or v is True or v is False or v is Ellipsis:
            return repr(v)
        if type(v) is int or (type(v) is float and v == v and abs(v) != float("inf")):
            return f"({v!r})"  # (7).real, not 7.real
        return self.k(v)

    def x_Name(self, node: ast.Name) -> str | None:
        name = self.c.scope.mangle(node.id)
        kind, slot = self.c.scope.resolve(name)
        if kind == LOCAL and self.gen.fast_locals:  # CPython raises UnboundLocalError
            return name
        if kind == CELL:
            F = self.gen.cell_frame
        elif kind == LOCAL:
            F = self.gen.F
        else:
            F = ""
        if kind == LOCAL:
            if name in self.c.scope.params and name not in self.c.scope.deleted:
                return f"{F}[{slot}]"
            t = self.tmp()
            return (f"({t} if ({t} := {F}[{slot}]) is not {self.k(UNBOUND)} "
                    f"else {self.k(_unbound_local)}({self.k(name)}))")
        if kind == GLOBAL:
            if self._global_by_name(name):
                return name  # LOAD_GLOBAL: the session's globals (see compile_generated)
            g, kn, b = self.k(self.c.env.globals), self.k(name), self.k(self.c.env.builtins)
            return (f"({g}[{kn}] if {kn} in {g} else {b}[{kn}] if {kn} in {b} else "
                    f"{self.k(self._builtin_loader())}({kn}))")
        if kind == CELL:  # an unbound cell: the closure raises the right error
            t, unbound = self.tmp(), self.k(UNBOUND)
            return (f"({t} if ({t} := {F}[{slot}].v) is not {unbound} else "
                    f"{self.k(self.c.expr(node))}({F}))")
        return None

    def _global_by_name(self, name: str) -> bool:
        """A global the generated code reads by its own name, as CPython does: the
        functions ``compile_generated`` makes look names up in their internal globals
        (which hold none but ``_INTERNAL_NAMES`` and dunders), then in the session's
        namespace as their builtins.  Only names that are no builtin when compiled (nor
        internal, nor names of the generated code itself) qualify: a missing one
        raises CPython's NameError; one the sandbox adds to its builtins later is not
        seen."""
        env = self.c.env
        return (name.isidentifier() and not name.startswith(("__", "_pbx")) and
                name not in env.builtins and name not in env.function_globals and
                name not in _MAKE_LOCALS and not keyword.iskeyword(name))

    def _builtin_loader(self) -> Any:
        b = self.c.env.builtins

        def load_builtin(name: str) -> Any:
            if name in b:
                return b[name]
            raise NameError(f"name '{name}' is not defined", name=name)
        return load_builtin

    # -- operators ----------------------------------------------------------
    def x_BinOp(self, node: ast.BinOp) -> str:
        if not self.fusing:
            fused = self.fused_arithmetic(node)
            if fused is not None:
                return fused
        return self.stepwise_binop(node)

    def fused_arithmetic(self, node: ast.BinOp) -> str | None:
        """``dt * (dx * dx + dy * dy) ** -1.5`` over locals that are surely bound: when
        every one holds an int or a float, every operator of the tree takes its host
        fast path, so the tree runs as one host expression after one type test per name
        (reading a bound local has no effect, so testing them first changes nothing).
        Else the operator-by-operator checked form runs."""
        leaves: dict[str, None] = {}
        if not self.arithmetic(node, leaves) or not leaves:
            return None
        made = self.gen.made
        first = len(made)
        checked = self.stepwise(node)
        # The checked form clears its own temporaries: the statement's clearing line
        # would store them all on the fast path too.
        clears = "".join(f", ({t} := None)" for t in made[first:])
        self.gen.self_cleared.update(made[first:])
        if clears:
            checked = f"({checked}{clears})[0]"
        return f"({self.plain_arithmetic(node)} if {self.number_tests(leaves)} else {checked})"

    def arithmetic(self, node: ast.expr, leaves: dict[str, None]) -> bool | None:
        """``None`` unless ``node`` is a tree of ``_FUSED_OPS`` over number literals and
        bound locals (collected in ``leaves``); else whether a checked operator is in it."""
        checked = False
        stack = [node]
        while stack:
            n = stack.pop()
            if isinstance(n, ast.BinOp):
                op = type(n.op)
                if op not in _FUSED_OPS or (op is ast.Pow and not _small_exponent(n.right)):
                    return None
                checked = checked or op in CHECKED_OPS
                stack += (n.right, n.left)
            elif isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub | ast.UAdd):
                stack.append(n.operand)
            elif isinstance(n, ast.Constant):
                if type(n.value) not in _NUMBERS:
                    return None
            elif (text := self.bound_local(n)) is not None:
                leaves[text] = None
            else:
                return None
        return checked

    def number_tests(self, names: Iterable[str]) -> str:
        """The test that every one of ``names`` holds an int or a float."""
        ty, nums = self.gen.TYPE, self.k(_NUMBERS)
        return " and ".join(f"{ty}({n}) in {nums}" for n in names)

    def stepwise(self, node: ast.expr) -> str:
        """``node`` with each operator's operands tested at the operator (no fusing)."""
        self.fusing = True
        try:
            return self.expr(node)
        finally:
            self.fusing = False

    def plain_arithmetic(self, node: ast.expr) -> str:
        """The host expression of a tree ``arithmetic`` accepted."""
        if isinstance(node, ast.BinOp):
            text = (f"({self._plain_part(node.left)} {BINOP_SYMBOLS[type(node.op)]} "
                    f"{self._plain_part(node.right)})")
        elif isinstance(node, ast.UnaryOp):
            text = f"({_UNARY[type(node.op)]}{self._plain_part(node.operand)})"
        elif isinstance(node, ast.Constant):
            text = self.x_Constant(node)
        else:
            text = self.bound_local(node) or ""
        return text

    def _plain_part(self, node: ast.expr) -> str:
        return self.mark(node, self.plain_arithmetic(node))

    def bound_local(self, node: ast.expr) -> str | None:
        """The source of a local the name surely holds a value in here (reading it twice
        reads the same value, with no effect), else ``None``."""
        if not isinstance(node, ast.Name):
            return None
        scope = self.c.scope
        name = scope.mangle(node.id)
        kind, slot = scope.resolve(name)
        if kind != LOCAL or name in scope.deleted:
            return None
        if self.gen.fast_locals:
            return name if name in self.gen.bound else None
        return f"{self.gen.F}[{slot}]" if name in scope.params else None

    def stepwise_binop(self, node: ast.BinOp) -> str:
        """``a op b`` with the operands' types tested at this operator."""
        op = type(node.op)
        sym = BINOP_SYMBOLS[op]
        left, right = self.expr(node.left), self.expr(node.right)
        if op not in CHECKED_OPS:
            return f"({left} {sym} {right})"
        ty = self.gen.TYPE
        checked = checked_operator(self.c.rt, op)
        safe = self.k(checked.safe)
        # A number literal of a type the fast path takes needs no test (``i % 3``).
        tests = []
        if _safe_literal(node.left, op):
            a = left
        else:
            a = self.tmp()
            tests.append(f"({ty}({a} := {left}) in {safe})")
        if _safe_literal(node.right, op):
            b = right
        else:
            b = self.tmp()
            tests.append(f"({ty}({b} := {right}) in {safe})")
        cond = " & ".join(tests) or "True"
        ln = self.k(len)
        if op is ast.Add:  # short str + str, list + list
            cond += (f" or (({ty}({a}) is {ty}({b})) and ({ty}({a}) is str or {ty}({a}) is list)"
                     f" and {ln}({a}) + {ln}({b}) < {SMALL_RESULT})")
        elif op is ast.Mult:  # a short str repeated a few times
            cond += (f" or ({ty}({a}) is str and {ty}({b}) is int and "
                     f"{ln}({a}) * {b} < {SMALL_RESULT})")
        if op is ast.Pow:
            cond += f" or ({ty}({a}) is int and {ty}({b}) is int and -64 < {b} < 64)"
        elif op is ast.LShift:
            cond = (f"({ty}({a} := {left}) is int) & ({ty}({b} := {right}) is int) and "
                    f"{b} < 64")
        return f"({a} {sym} {b} if {cond} else {self.k(checked)}({a}, {b}))"

    def x_UnaryOp(self, node: ast.UnaryOp) -> str:
        return f"({_UNARY[type(node.op)]}{self.expr(node.operand)})"

    def x_BoolOp(self, node: ast.BoolOp) -> str:
        word = " and " if isinstance(node.op, ast.And) else " or "
        return "(" + word.join(self.expr(v) for v in node.values) + ")"

    def x_Compare(self, node: ast.Compare) -> str:
        parts = [self.expr(node.left)]
        for op, right in zip(node.ops, node.comparators, strict=True):
            parts.append(f" {CMP_SYMBOLS[type(op)]} {self.expr(right)}")
        return "(" + "".join(parts) + ")"

    def x_IfExp(self, node: ast.IfExp) -> str:
        return f"({self.expr(node.body)} if {self.expr(node.test)} else {self.expr(node.orelse)})"

    # -- reads ----------------------------------------------------------------
    def admitted(self, text: str) -> str:
        t = self.tmp()
        return f"({t} if {self.gen.TYPE}({t} := {text}) in {self.k(self.fw.clean)} else " \
               f"{self.k(self.fw.admit)}({t}))"

    def x_Attribute(self, node: ast.Attribute) -> str | None:
        name = self.c.scope.mangle(node.attr)
        read = self.attribute_read(self.expr(node.value), name)
        return None if read is None else self.admitted(read)

    def attribute_read(self, value: str, name: str) -> str | None:
        """``value.name`` before the firewall: plain names at once, private names at once
        on instances of classes made wholly in the sandbox, else by the read rule."""
        if plain_name(name):
            return f"{value}.{name}"
        if not private_name(name):
            return None
        o = self.tmp()
        return (f"({o}.{name} if {self.gen.TYPE}({o} := {value}) in "
                f"{self.k(self.fw.pure_types)} else {self.k(self.fw.read_private)}({o}, "
                f"{name!r}))")

    def x_Subscript(self, node: ast.Subscript) -> str | None:
        index = self.index(node.slice)
        if index is None:
            return None
        return self.admitted(f"{self.expr(node.value)}[{index}]")

    def index(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Slice):
            parts = [self.expr(p) if p is not None else "" for p in
                     (node.lower, node.upper, node.step)]
            return ":".join(parts) if node.step is not None else ":".join(parts[:2])
        if isinstance(node, ast.Tuple) and any(isinstance(e, ast.Slice) for e in node.elts):
            return None
        return self.expr(node)

    # -- displays -----------------------------------------------------------
    def x_Tuple(self, node: ast.Tuple) -> str | None:
        if any(isinstance(e, ast.Starred) for e in node.elts):
            return None
        return "(" + "".join(self.expr(e) + ", " for e in node.elts) + ")"

    def x_List(self, node: ast.List) -> str | None:
        if any(isinstance(e, ast.Starred) for e in node.elts):
            return None
        return "[" + ", ".join(self.expr(e) for e in node.elts) + "]"

    def x_Set(self, node: ast.Set) -> str | None:
        if any(isinstance(e, ast.Starred) for e in node.elts):
            return None
        return "{" + ", ".join(self.expr(e) for e in node.elts) + "}"

    def x_Dict(self, node: ast.Dict) -> str | None:
        if any(k is None for k in node.keys):
            return None
        items = [f"{self.expr(k)}: {self.expr(v)}"  # type: ignore[arg-type]
                 for k, v in zip(node.keys, node.values, strict=True)]
        return "{" + ", ".join(items) + "}"

    # -- comprehensions --------------------------------------------------------
    def comprehension(self, node: ast.ListComp | ast.SetComp | ast.DictComp |
                      ast.GeneratorExp) -> str | None:
        """In a block with fast locals: the first iterable inline, then the generated
        comprehension (which reads this frame's cells only)."""
        if not self.gen.fast_locals:
            return None
        closure = self.c.expr(node)
        over = getattr(closure, "over_iterator", None)
        if over is None:
            return None
        cells = self.gen.cell_frame if closure.needs_cells else "None"
        first = self.expr(node.generators[0].iter)
        if isinstance(node, ast.GeneratorExp):
            return f"{self.k(over)}({cells}, {self.gen.ITER}({first}))"
        return f"{self.k(over)}({cells}, {self.gen.ITER}({first}), False)"

    x_ListComp = x_SetComp = x_DictComp = x_GeneratorExp = comprehension

    def x_Lambda(self, node: ast.Lambda) -> str | None:
        """In a block with fast locals: a lambda without defaults reads only this frame's
        cells when it is made."""
        if not self.gen.fast_locals or node.args.defaults or any(node.args.kw_defaults):
            return None
        return f"{self.k(self.c.expr(node))}({self.gen.cell_frame})"

    # -- await ---------------------------------------------------------------
    def x_Yield(self, node: ast.Yield) -> str | None:
        """``yield v`` in a greenlet-run body: a switch to whoever resumed it."""
        from .suspension import _AGYield, suspend

        if self.gen.direct_yields:  # direct generators yield as statements
            return None
        value = self.expr(node.value) if node.value is not None else "None"
        if self.c.scope.is_async:
            value = f"{self.k(_AGYield)}({value})"
        return f"{self.k(suspend)}({self.k(self.c.rt)}, {value})"

    def x_Await(self, node: ast.Await) -> str | None:
        """``await f(...)``: the sandbox coroutine function's synchronous twin runs right
        here (``twin_of``); anything else is called through its guard and awaited."""
        call = node.value
        if not isinstance(call, ast.Call) or any(isinstance(a, ast.Starred) for a in call.args) \
                or any(k.arg is None for k in call.keywords) or (
                    isinstance(call.func, ast.Name) and call.func.id in _FRAME_CALLS):
            return None
        from .suspension import twin_of

        fn, tw = self.tmp(), self.tmp()
        args = [self.expr(a) for a in call.args]
        args += [f"{k.arg}={self.expr(k.value)}" for k in call.keywords]
        slow = self.k(awaiting_caller(self.c.rt, self.fw))
        # twin_of's common case, inline: a sandbox coroutine function keeps its twin
        twin = (f"{self.gen.TYPE}({fn} := {self.expr(call.func)}) is "
                f"{self.k(types.FunctionType)} and ({tw} := {fn}.__dict__.get("
                f"{TWIN_KEY!r})) is not None and {tw}.__defaults__ is {fn}.__defaults__ and "
                f"{tw}.__kwdefaults__ is {fn}.__kwdefaults__")
        callee = self.mark(call, f"({tw} if {twin} or ({tw} := {self.k(twin_of)}({fn})) "
                                 f"is not None else {slow}({fn}))")
        return f"{callee}({', '.join(args)})"

    # -- calls --------------------------------------------------------------
    def x_Call(self, node: ast.Call) -> str | None:
        if any(isinstance(a, ast.Starred) for a in node.args) or \
                any(k.arg is None for k in node.keywords):
            return None
        func = node.func
        if isinstance(func, ast.Name) and func.id in _FRAME_CALLS and not node.args and \
                not node.keywords:
            return None
        fn = self.tmp()
        direct = table = None
        if isinstance(func, ast.Attribute):
            name = self.c.scope.mangle(func.attr)
            if not (plain_name(name) or private_name(name)) or name in METHOD_PRECALL:
                return None
            o = self.bound_local(func.value)  # read again, it is the same object
            if o is not None:
                receiver = o
            else:
                o = self.tmp()
                receiver = f"({o} := {self.expr(func.value)})"
            table = _held_methods(name) if self._simple_arguments(node) else None
            direct, callee = self._method_callee(o, fn, name, o if table else receiver)
        else:
            callee = self.expr(func)
            one = self._one_argument_builtin(node)
            if one is not None:  # set(items), int(text): see one_argument_caller
                caller = one_argument_caller(self.c.rt, self.fw, one)
                return f"{self.k(caller)}({callee}, {self.expr(node.args[0])})"
        args = [self.expr(a) for a in node.args]
        args += [f"{k.arg}={self.expr(k.value)}" for k in node.keywords]
        passing = ", ".join(args)
        pre, names = self.k(PRECALL), self.k(METHOD_PRECALL)
        bound = self.k(BOUND_METHODS)
        checked = self.k(checked_caller(self.c.rt))
        ty = self.gen.TYPE
        # A Python function never has a pre-call check (``limits._guard`` refuses one):
        # a sandbox function, the common callee, is told by its type alone.
        fun = self.k(types.FunctionType)
        quick = f"{ty}({fn} := {callee}) is {fun}"
        builtin = self._unchecked_builtin(func)
        if builtin is not None:  # ``len(x)``: the builtin the name meant when compiled
            quick = f"({fn} := {callee}) is {self.k(builtin)} or {ty}({fn}) is {fun}"
        test = (f"{quick} or ({self.gen.ID}({fn}) not in {pre} and not ({ty}({fn}) in "
                f"{bound} and {fn}.__name__ in {names}))")
        if self._generator_argument(node):
            # sum(x for x in ...): a consumer's pre-call check lets a generator through
            # (its own steps count), so the consumer is called at once
            test += f" or {self.gen.ID}({fn}) in {self.k(_generator_consumers())}"
        # The callee, then (if it has a pre-call check) its checking wrapper, then the
        # arguments, once: CPython's order of evaluation.
        if direct is None:
            call = f"({fn} if {test} else {checked}({fn}))({passing})"
        else:
            call = f"({fn} if {direct} else {fn} if {test} else {checked}({fn}))({passing})"
        r = self.tmp()
        # A container a sandbox function or method hands back holds sandbox values: it
        # passes as it is (``Firewall.admit_result``), told here without a call.
        sandbox = self._sandbox_callee(fn, method=isinstance(func, ast.Attribute))
        result = (f"({r} if {ty}({r} := {call}) in {self.k(self.fw.result_clean)} else "
                  f"{r} if {ty}({r}) in {self.k(_SHALLOW_CONTAINERS)} and {sandbox} else "
                  f"{self.k(self.fw.admit_result)}({fn}, {r}))")
        if not table:
            empty = self._named_builtin(func) if not node.args and not node.keywords else None
            if empty in _SHALLOW_CONTAINERS or empty is dict:
                # set(), list(), dict() while the name means the builtin: a new empty
                # container (reading the name twice on the other path changes nothing)
                made = self.k(empty)
                return f"({made}() if {callee} is {made} else {result})"
            return result
        # ``items.append(x)`` on an exact list (dict, set, str...): the type's method is
        # called with the object, as CPython's LOAD_METHOD does; no bound method is made.
        # What it hands back is an item of the container, as for its bound method.
        kind, tab = self.tmp(), self.k(table)
        held = (f"({r} if {ty}({r} := {tab}[{kind}]({', '.join([o, *args])})) in "
                f"{self.k(self.fw.result_clean)} else {self.k(self.fw.admit_held)}({r}))")
        return f"({held} if ({kind} := {ty}({receiver})) in {tab} else {result})"

    def _sandbox_callee(self, fn: str, method: bool) -> str:
        """The test that ``fn`` is a function (``method``: or a method) made by sandbox
        code, as ``guard.is_sandbox_callable`` tells it."""
        ty, fun, codes = self.gen.TYPE, self.k(types.FunctionType), self.k(SANDBOX_CODES)
        test = f"({ty}({fn}) is {fun} and {self.gen.ID}({fn}.__code__) in {codes})"
        if method:
            test = (f"({test} or {ty}({fn}) is {self.k(types.MethodType)} and "
                    f"{ty}({fn}.__func__) is {fun} and {self.gen.ID}({fn}.__func__.__code__) "
                    f"in {codes})")
        return test

    def _method_callee(self, o: str, fn: str, name: str, receiver: str) -> tuple[str, str]:
        """``o.name`` to call: the test for a callee called at once, and the callee the
        full call check gets otherwise."""
        t = self.tmp()
        read = self.attribute_read(receiver, name)
        bm, pm = self.k(types.BuiltinFunctionType), self.k(types.MethodType)
        fun, mod = self.k(types.FunctionType), self.k(types.ModuleType)
        ty, callees = self.gen.TYPE, self.k(self.fw.callees)
        # Called at once, as no pre-call check can apply: a C method bound to the object
        # it was read from under its own name, or a module's C function admitted before,
        # if neither has a check; a Python method of the object or a function admitted
        # before (``limits._register`` refuses Python functions and methods).  Anything
        # else goes through the firewall, then the full call check.
        names = self.k(METHOD_PRECALL)
        direct = (f"(({t} := {ty}({fn} := {read})) is {bm} and ({fn}.__self__ is {o} "
                  f"and {fn}.__name__ == {name!r} or {ty}({fn}.__self__) is {mod} and {fn} "
                  f"in {callees} and {fn}.__name__ not in {names}) and {self.gen.ID}({fn}) "
                  f"not in {self.k(PRECALL)}) or ({t} is {pm} and {fn}.__self__ is {o} and "
                  f"{fn}.__func__ in {callees}) or ({t} is {fun} and {fn} in {callees})")
        callee = f"{self.k(self.fw.method_callee)}({o}, {fn})"
        return direct, callee

    @staticmethod
    def _simple_arguments(node: ast.Call) -> bool:
        """Arguments whose generated text may appear twice (one runs): no nested call,
        function, comprehension or suspension in them."""
        return all(not isinstance(n, _NOT_SIMPLE) for a in [*node.args, *node.keywords]
                   for n in ast.walk(a))

    def _named_builtin(self, func: ast.expr) -> Any:
        """The builtin a called name means now (no global of that name yet), or None."""
        if not isinstance(func, ast.Name):
            return None
        name = self.c.scope.mangle(func.id)
        if self.c.scope.resolve(name)[0] != GLOBAL or name in self.c.env.globals:
            return None
        return self.c.env.builtins.get(name)

    def _one_argument_builtin(self, node: ast.Call) -> Any:
        """The builtin of ``_ONE_ARGUMENT`` a one-argument call names now, if any."""
        if len(node.args) != 1 or node.keywords or \
                isinstance(node.args[0], ast.Starred | ast.GeneratorExp):
            return None
        value = self._named_builtin(node.func)
        if type(value) in (type, types.BuiltinFunctionType) and value in _ONE_ARGUMENT:
            return value
        return None

    def _unchecked_builtin(self, func: ast.expr) -> Any:
        """The builtin function or class a called name means now, if calls of it have no
        pre-call check (``len``, ``range``): the call site tests for it by identity.
        Never an exception class (their checks are registered as they are first met)."""
        value = self._named_builtin(func)
        return value if called_unchecked(value) else None

    def _generator_argument(self, node: ast.Call) -> bool:
        """The call's only argument is a generator expression (a host generator)."""
        if len(node.args) != 1 or node.keywords or not isinstance(node.args[0],
                                                                   ast.GeneratorExp):
            return False
        scope = self.c.scopes[node.args[0]]
        return not (scope.is_async or scope.has_await)


_NOT_SIMPLE = (ast.Call, ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp,
               ast.GeneratorExp, ast.NamedExpr, ast.Await, ast.Yield, ast.YieldFrom)
_METHOD_DESCRIPTOR = type(list.append)


@functools.cache
def _held_methods(name: str) -> dict[type, Any]:
    """``{list: list.append}`` for a method name: the exact builtin containers whose
    method of that name is a plain C method with no pre-call check."""
    table = {}
    for t in (list, dict, set, frozenset, tuple, str, bytes, bytearray):
        d = t.__dict__.get(name)
        if type(d) is _METHOD_DESCRIPTOR and id(d) not in PRECALL:
            table[t] = d
    return table


def called_unchecked(value: Any) -> bool:
    """A builtin function or class whose calls have no pre-call check now and never
    will: the table gains only exception classes after import."""
    if type(value) is types.BuiltinFunctionType:
        unchecked = value.__name__ not in METHOD_PRECALL
    else:
        unchecked = type(value) is type and not issubclass(value, BaseException)
    return unchecked and id(value) not in PRECALL


def _generator_consumers() -> frozenset[int]:
    """Ids of the callees whose pre-call check passes a generator argument straight on
    (``limits.consumes_generator``), as registered now."""
    return frozenset(i for i, g in PRECALL.items() if consumes_generator(g))


# ---------------------------------------------------------------------------
# Helpers the generated code calls on its slow paths


def _unbound_local(name: str) -> Any:
    raise UnboundLocalError(f"cannot access local variable '{name}' where it is not "
                            "associated with a value")


#: Builtin types whose operators can build a huge result in one step (repetition,
#: concatenation, formatting, big powers and shifts); their subclasses too.
_SIZED_BASES = (str, bytes, bytearray, list, tuple, int, array.array, collections.deque,
                memoryview)
#: Operand types an operator's host fast path takes, to begin with (``+``, ``*``,
#: ``%`` of numbers; ``**`` of floats; ``<<`` has its own test).
#: Results smaller than this (items) need no size check.
SMALL_RESULT = 1 << 16
_START_SAFE = {ast.Add: (int, float), ast.Mult: (int, float), ast.Mod: (int, float),
               ast.Pow: (float,), ast.LShift: ()}


def _safe_literal(node: ast.expr, op: type) -> bool:
    """An int or float literal that the operator's fast path always takes."""
    return isinstance(node, ast.Constant) and type(node.value) in _START_SAFE[op]


#: Names the ``make`` of generated code defines (its functions): never read by name.
_MAKE_LOCALS = frozenset({"make", "block", "cell", "body", "module", "generator_body",
                          "async_generator_body", "listcomp", "setcomp", "dictcomp",
                          "generatorcomp", "genexpr"})
#: Containers ``Firewall.admit_result`` passes as they are from sandbox callables
#: (exact types of ``firewall.CLEAN`` that ``result_clean`` lacks).
_SHALLOW_CONTAINERS = frozenset({tuple, list, set, frozenset})
#: Operand types every operator of ``_FUSED_OPS`` takes on its host fast path (``**``
#: with a small literal exponent); results stay numbers (int, float, complex).
_NUMBERS = frozenset({int, float})
_FUSED_OPS = frozenset({ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod,
                        ast.Pow})


def _small_exponent(node: ast.expr) -> bool:
    """A float literal, or an int literal the fast path of ``int ** int`` takes."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        node = node.operand
    if not isinstance(node, ast.Constant):
        return False
    v = node.value
    return type(v) is float or (type(v) is int and -64 < v < 64)


class checked_operator:  # noqa: N801 - used like a function by generated code
    """``a <op> b`` after the size check, for operands off the host fast path.

    ``safe`` is the fast path's set of operand types; user classes that inherit no
    sized builtin join it once seen (their own ``__add__`` runs under the limits).
    """

    __slots__ = ("rt", "op", "safe", "unsafe")

    def __init__(self, rt: Any, op: type) -> None:
        self.rt, self.op = rt, op
        self.safe: set[type] = set(_START_SAFE[op])
        self.unsafe: set[type] = set()

    def __call__(self, a: Any, b: Any) -> Any:
        result = checked_binop(self.rt, self.op, a, b)
        if self.op is not ast.LShift:
            for t in (type(a), type(b)):
                if t not in self.safe and t not in self.unsafe:
                    if is_user_class(t) and not issubclass(t, _SIZED_BASES):
                        self.safe.add(t)
                    else:
                        self.unsafe.add(t)
        return result


class _ThroughGuard:
    """What generated code calls in place of a guarded callee: its guard, with it."""

    __slots__ = ("rt", "fn", "guard")

    def __init__(self, rt: Any, fn: Any, guard: Any) -> None:
        self.rt, self.fn, self.guard = rt, fn, guard

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.guard(self.rt, self.fn, args, kwargs or None)


#: Exact containers that a builtin below takes at once when small (below what
#: ``limits._consumer`` would check: no size or loop to refuse; a test keeps the two
#: bounds in step).
_SMALL_CONTAINERS = frozenset({list, tuple, set, frozenset, dict})
_SMALL_LENGTH = 4096
_NUMBERS = frozenset({int, float, bool})
#: Guarded builtins called with one argument of these exact types: called at once.
#: The flag: the result is one of the argument's items (or their sum), admitted as a
#: container method's is.  Otherwise it is a new container of the argument's items,
#: which are the sandbox's (no deep look, as for a container's own methods), or a
#: bool or int.
_ONE_ARGUMENT: dict[Any, tuple[frozenset[type], bool]] = {
    **dict.fromkeys((list, tuple, set, frozenset, sorted, dict), (_SMALL_CONTAINERS, False)),
    **dict.fromkeys((min, max, sum), (_SMALL_CONTAINERS, True)),
    **dict.fromkeys((any, all), (_SMALL_CONTAINERS, False)),
    int: (_NUMBERS | {str}, False),
    round: (_NUMBERS, False),
}


def one_argument_caller(rt: Any, fw: Any, builtin: Any) -> Any:
    """``set(items)``, ``int(text)``, ``max(values)`` at a call site naming the builtin:
    an argument of the kinds above is taken at once.  Any other callee or argument: the
    full call check and the result firewall."""
    rclean, admit_result, admit_held = fw.result_clean, fw.admit_result, fw.admit_held
    kinds, item = _ONE_ARGUMENT[builtin]
    sized = kinds is _SMALL_CONTAINERS

    def call_one(fn: Any, arg: Any) -> Any:
        if fn is builtin and type(arg) in kinds and (not sized or len(arg) < _SMALL_LENGTH):
            r = builtin(arg)
            return admit_held(r) if item and type(r) not in rclean else r
        r = call_checked(rt, fn, (arg,))
        return r if type(r) in rclean else admit_result(fn, r, (arg,))
    return call_one


def checked_caller(rt: Any) -> Any:
    """For a callee with a guard (``sum``, ``list``, ``int``, ``type``...): the callable
    generated code calls instead of it (kept per guarded callable: they live forever)."""
    made: dict[int, _ThroughGuard] = {}

    def checked(fn: Any) -> Any:
        through = made.get(id(fn))
        if through is not None and through.fn is fn:
            return through
        guard = PRECALL.get(id(fn))
        if guard is None:  # a bound C method called through an alias
            return lambda *args, **kwargs: call_checked(rt, fn, args, kwargs or None)
        through = made[id(fn)] = _ThroughGuard(rt, fn, guard)
        return through
    return checked


def awaiting_caller(rt: Any, fw: Any) -> Any:
    """``await fn(...)`` of anything but a sandbox coroutine function: the callable that
    calls it as every call is (guard, firewall) and awaits what it gives."""
    from .suspension import await_value

    rclean, admit_result = fw.result_clean, fw.admit_result

    def awaiting(fn: Any) -> Any:
        def call_and_await(*args: Any, **kwargs: Any) -> Any:
            awaitable = call_checked(rt, fn, args, kwargs or None)
            if type(awaitable) not in rclean:
                awaitable = admit_result(fn, awaitable)
            return await_value(rt, awaitable)
        return call_and_await
    return awaiting


def checked_inplace(rt: Any, op: type) -> Any:
    """``a <op>= b`` through the size check (``limits.checked_binop`` computes it)."""
    def checked(a: Any, b: Any) -> Any:
        return checked_binop(rt, op, a, b, True)
    return checked


# ---------------------------------------------------------------------------
# Source positions of inlined nodes

class _ByCode:
    """A weak map keyed by code objects' identity (``WeakKeyDictionary`` hashes its key:
    a code object's hash covers all of its constants, a large generated function's every
    time an exception is annotated)."""

    __slots__ = ("_items",)

    def __init__(self) -> None:
        self._items: dict[int, tuple[weakref.ref, Any]] = {}

    def get(self, code: types.CodeType) -> Any:
        item = self._items.get(id(code))
        return item[1] if item is not None and item[0]() is code else None

    def __setitem__(self, code: types.CodeType, value: Any) -> None:
        key, items = id(code), self._items
        items[key] = (weakref.ref(code, lambda _: items.pop(key, None)), value)


#: Per generated code object: line -> [(start col, end col, position index)].
SPANS = _ByCode()


_MARK = re.compile(f"{START}(\\d+){MID}{STATEMENT}?|{END}")


def strip_marks(source: str) -> tuple[str, dict[int, list[tuple[int, int, int]]]]:
    """The source without node marks, and where each marked node is (UTF-8 columns,
    as ``co_positions`` counts them)."""
    if START not in source:
        return source, {}
    lines = source.split("\n")
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for number, line in enumerate(lines, 1):
        if START not in line:
            continue
        pieces: list[str] = []
        stack: list[tuple[int, int]] = []
        found: list[tuple[int, int, int]] = []
        col = last = 0
        for m in _MARK.finditer(line):
            piece = line[last:m.start()]
            pieces.append(piece)
            col += len(piece) if piece.isascii() else len(piece.encode("utf-8"))
            last = m.end()
            if m.group(1) is not None:
                stack.append((col, int(m.group(1))))
            else:
                start, index = stack.pop()
                found.append((start, col, index))
        pieces.append(line[last:])
        lines[number - 1] = "".join(pieces)
        spans[number] = found
    return "\n".join(lines), spans


def register_spans(code: types.CodeType, spans: dict[int, list[tuple[int, int, int]]]) -> None:
    """Remember the node positions of a generated function (and of its nested ones)."""
    if spans:
        SPANS[code] = spans
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                register_spans(const, spans)


def annotate_generated(exc: BaseException, f: list | None, positions: list[Pos], index: int) -> None:
    """``annotate`` for generated code: the innermost inlined node at the failing
    instruction of the caller's frame, else the statement at ``index``."""
    pos = positions[index]
    frame = sys._getframe(1)
    if f is None:  # a block with fast locals: its host frame stands for the sandbox frame
        f = frame
    spans = SPANS.get(frame.f_code)
    if spans:
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame is not frame:
            tb = tb.tb_next
        if tb is not None:
            found = _node_at(frame.f_code, tb.tb_lasti, spans)
            if found is not None:
                pos = positions[found]
    annotate(exc, f, pos)


_CODE_POSITIONS = _ByCode()


def _node_at(code: types.CodeType, lasti: int, spans: dict[int, list[tuple[int, int, int]]]
             ) -> int | None:
    positions = _CODE_POSITIONS.get(code)
    if positions is None:
        positions = _CODE_POSITIONS[code] = list(code.co_positions())
    at = lasti // 2
    if not 0 <= at < len(positions):
        return None
    line, _, col, end = positions[at]
    if line is None or col is None or end is None:
        return None
    best = None
    for start, stop, index in spans.get(line, ()):
        if start <= col and end <= stop and (best is None or stop - start < best[0]):
            best = (stop - start, index)
    return None if best is None else best[1]


__all__ = ["ExprGen", "annotate_generated", "checked_inplace", "register_spans", "strip_marks"]
