"""Simple and control-flow statements (targets are in ``targets.py``, loops and the
other protocols in ``skeletons.py``)."""

from __future__ import annotations

import ast
from typing import Any

from ..errors import LimitExceeded
from ..runtime import BREAK, CONTINUE, RETURN
from ..security.annotations import check_annotation
from ..security.guard import guarded_getattr, plain_name
from ..security.limits import checked_binop
from ..tracebacks import annotate, mark_made
from . import skeletons
from .core import Closure, Compiler, stmt_compiler
from .expressions import _FAST_PATHS, BINOP_SYMBOLS, CHECKED_OPS, SMALL_CONCAT, local_slot
from .targets import attribute_setter, delete_target, slot_of, store_target

# ---------------------------------------------------------------------------
# Simple statements


@stmt_compiler(ast.Expr)
def compile_expr_stmt(c: Compiler, node: ast.Expr) -> Closure:
    e = c.expr(node.value)

    def expr_stmt(f: list) -> None:
        e(f)
    return expr_stmt


@stmt_compiler(ast.Pass, ast.Global, ast.Nonlocal)
def compile_pass(c: Compiler, node: ast.stmt) -> Closure:
    return lambda f: None


@stmt_compiler(ast.Assign)
def compile_assign(c: Compiler, node: ast.Assign) -> Closure:
    value = c.expr(node.value)
    if len(node.targets) == 1:
        t = node.targets[0]
        slot = slot_of(c, t)
        if slot is not None:
            def assign_local(f: list) -> None:
                f[slot] = value(f)
            return assign_local
        store = store_target(c, t)

        def assign(f: list) -> None:
            store(f, value(f))
        return assign
    stores = [store_target(c, t) for t in node.targets]

    def assign_many(f: list) -> None:
        v = value(f)
        for s in stores:
            s(f, v)
    return assign_many


_AUGASSIGN = """
def make(load, store, obj, index, r, slot, P, annotate, rt, check, OP, SMALL, clean, admit):
    def {name}(f):
        try:
{target}
            b = r(f)
{compute}
        except BaseException as e:
            annotate(e, f, P)
            raise
    return {name}
"""
_ADMIT_A = "            if type(a) not in clean:\n                a = admit(a)"
#: How each target kind reads its value into ``a`` (and what ``store`` then needs).
_AUG_TARGETS = {
    "slot": "            a = f[slot]",
    "name": "            a = load(f)",
    "attr": "            o = obj(f)\n            a = {read}\n" + _ADMIT_A,
    "item": "            o = obj(f)\n            i = index(f)\n            a = o[i]\n" + _ADMIT_A,
}
_AUG_STORES = {
    "slot": "f[slot] = a",
    "name": "store(f, a)",
    "attr": "store(o, a)",
    "item": "o[i] = a",
}
_AUG_COMPUTE = """\
            a {op}= b
            {store}"""
_AUG_CHECKED = """\
            ta = type(a)
            tb = type(b)
            {fast}
                a {op}= b
            else:
                a = check(rt, OP, a, b, True)
            {store}"""


@stmt_compiler(ast.AugAssign)
def compile_augassign(c: Compiler, node: ast.AugAssign) -> Closure:
    """``target op= value`` for every target kind, with CPython's in-place operators and
    the same size checks as the binary operator."""
    P = c.pos(node)
    op = type(node.op)
    sym = BINOP_SYMBOLS[op]
    value = c.expr(node.value)
    t = node.target
    load = store = obj = index = None
    slot = None
    read = ""
    if isinstance(t, ast.Name):
        slot = local_slot(c, t)
        kind = "slot" if slot is not None else "name"
        if slot is None:
            load, store = c.load_name(t.id), c.store_name(t.id)
    elif isinstance(t, ast.Attribute):
        kind = "attr"
        obj = c.expr(t.value)
        name = c.scope.mangle(t.attr)
        fast = c.specialise and plain_name(name)
        read = f"o.{name}" if fast else "load(o)"
        if not fast:
            load = _guarded_reader(name)
        store = attribute_setter(c, name)
    elif isinstance(t, ast.Subscript):
        kind = "item"
        obj, index = c.expr(t.value), c.expr(t.slice)
    else:
        raise c.unsupported(node)
    target = _AUG_TARGETS[kind].format(read=read)
    if op in CHECKED_OPS:
        compute = _AUG_CHECKED.format(op=sym, fast=_FAST_PATHS[op], store=_AUG_STORES[kind])
    else:
        compute = _AUG_COMPUTE.format(op=sym, store=_AUG_STORES[kind])
    source = _AUGASSIGN.format(name=f"augassign_{kind}", target=target, compute=compute)
    fw = c.env.firewall
    return c.template(source, source)(load, store, obj, index, value, slot, P, annotate,
                                      c.rt, checked_binop, op, SMALL_CONCAT, fw.clean, fw.admit)


def _guarded_reader(name: str) -> Any:
    def read(o: Any) -> Any:
        return guarded_getattr(o, name)
    return read


@stmt_compiler(ast.AnnAssign)
def compile_annassign(c: Compiler, node: ast.AnnAssign) -> Closure:
    value = c.expr(node.value) if node.value is not None else None
    store = store_target(c, node.target) if value is not None else None
    simple = node.simple and isinstance(node.target, ast.Name)
    record = None
    if simple and c.scope.kind in ("module", "class") and not c.env.ignore_typing:
        name = c.scope.mangle(node.target.id)  # type: ignore[union-attr]
        if c.env.future_annotations:
            text = ast.unparse(node.annotation)
            ann: Closure = lambda f: text  # noqa: E731
        else:
            ann = c.expr(node.annotation)
        is_class = c.scope.kind == "class"
        g = c.env.globals

        def record(f: list) -> None:
            a = ann(f)
            check_annotation(a)
            ns = f[1] if is_class else g
            anns = ns.get("__annotations__")
            if anns is None:
                anns = ns["__annotations__"] = {}
            anns[name] = a

    def annassign(f: list) -> None:
        if value is not None:
            store(f, value(f))  # type: ignore[misc]
        if record is not None:
            record(f)
    return annassign


@stmt_compiler(ast.Delete)
def compile_delete(c: Compiler, node: ast.Delete) -> Closure:
    dels = [delete_target(c, t) for t in node.targets]

    def delete(f: list) -> None:
        for d in dels:
            d(f)
    return delete


@stmt_compiler(ast.Assert)
def compile_assert(c: Compiler, node: ast.Assert) -> Closure:
    test = c.expr(node.test)
    msg = c.expr(node.msg) if node.msg is not None else None

    def assert_(f: list) -> None:
        if not test(f):
            if msg is None:
                raise AssertionError
            raise AssertionError(msg(f))
    return assert_


@stmt_compiler(ast.Return)
def compile_return(c: Compiler, node: ast.Return) -> Closure:
    if node.value is None:
        def return_none(f: list) -> Any:
            f[0] = None
            return RETURN
        return return_none
    value = c.expr(node.value)

    def return_(f: list) -> Any:
        f[0] = value(f)
        return RETURN
    return return_


@stmt_compiler(ast.Break)
def compile_break(c: Compiler, node: ast.Break) -> Closure:
    return lambda f: BREAK


@stmt_compiler(ast.Continue)
def compile_continue(c: Compiler, node: ast.Continue) -> Closure:
    return lambda f: CONTINUE


@stmt_compiler(ast.If)
def compile_if(c: Compiler, node: ast.If) -> Closure:
    test = c.expr(node.test)
    body = c.block(node.body)
    if not node.orelse:
        def if_(f: list) -> Any:
            if test(f):
                return body(f)
            return None
        return if_
    orelse = c.block(node.orelse)

    def if_else(f: list) -> Any:
        if test(f):
            return body(f)
        return orelse(f)
    return if_else


@stmt_compiler(ast.While)
def compile_while(c: Compiler, node: ast.While) -> Closure:
    return loop(c, "while", c.expr(node.test), None, c.block(node.body),
                c.block(node.orelse) if node.orelse else None, c.pos(node.test))


@stmt_compiler(ast.For)
def compile_for(c: Compiler, node: ast.For) -> Closure:
    return loop(c, "for", c.expr(node.iter), node.target, c.block(node.body),
                c.block(node.orelse) if node.orelse else None, c.pos(node.iter))


def loop(c: Compiler, kind: str, source: Closure, target: ast.expr | None, body: Any,
         orelse: Any, P: Any, y: str = skeletons.PLAIN, aiter_of: Any = None,
         anext_value: Any = None) -> Any:
    """Any loop from the one loop skeleton (``y``: plain or direct-generator bodies)."""
    slot = slot_of(c, target) if target is not None else None
    store = store_target(c, target) if target is not None and slot is None else None
    src = skeletons.loop_source(kind, slot, orelse is not None, y)
    return c.template(src, src)(*skeletons.loop_args(c.rt, source, store, body, orelse, P,
                                                    c.env.firewall, aiter_of, anext_value))


@stmt_compiler(ast.Raise)
def compile_raise(c: Compiler, node: ast.Raise) -> Closure:
    exc = c.expr(node.exc) if node.exc is not None else None
    cause = c.expr(node.cause) if node.cause is not None else None
    P = c.pos(node)

    def raise_(f: list) -> None:
        if exc is None:
            raise current_exception()
        value = exc(f)
        e = make_exception(value) if cause is None else exception_with_cause(value, cause(f))
        annotate(e, f, P)
        raise e
    return raise_


def current_exception() -> BaseException:
    """For generated code: what a bare ``raise`` raises again."""
    import sys

    current = sys.exc_info()[1]
    if current is None or isinstance(current, LimitExceeded):
        raise RuntimeError("No active exception to reraise")
    return current


def exception_with_cause(value: Any, cause: Any) -> BaseException:
    """For generated code: the exception of ``raise value from cause``."""
    e = make_exception(value)
    if cause is None:
        e.__cause__ = None
    else:
        e.__cause__ = make_exception(cause, "exception causes must derive from BaseException")
    e.__suppress_context__ = True
    return e


def make_exception(value: Any, message: str = "exceptions must derive from BaseException"
                   ) -> BaseException:
    if isinstance(value, type) and issubclass(value, BaseException):
        value = value()
        mark_made(value)  # made by sandbox code: it may take attributes
    if not isinstance(value, BaseException):
        raise TypeError(message)
    if isinstance(value, LimitExceeded):
        raise TypeError("sandbox limit errors cannot be raised by user code")
    return value
