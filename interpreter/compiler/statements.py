"""Simple and control-flow statements, and assignment targets."""

from __future__ import annotations

import ast
from typing import Any

from ..errors import LimitExceeded
from ..runtime import BREAK, CONTINUE, RETURN
from ..security.annotations import check_annotation
from ..security.guard import (
    check_setattr,
    guarded_delattr,
    guarded_setattr,
    is_user_class,
    plain_name,
)
from ..tracebacks import annotate, mark_made
from .core import Closure, Compiler, Store, stmt_compiler
from .expressions import INPLACE_FUNCS, _local_slot, mangle

# ---------------------------------------------------------------------------
# Assignment targets

_SETATTR_TEMPLATE = """
def make(obj, P, annotate, user_type, check):
    def store_attr(f, v):
        try:
            o = obj(f)
            if not user_type(type(o)):
                check(o, {name!r}, v)
            o.{name} = v
        except BaseException as e:
            annotate(e, f, P)
            raise
    return store_attr
"""

_USER_TYPES: dict[type, bool] = {}


def _user_type(t: type) -> bool:
    """Instances of this type take plain attributes without a full check (cached)."""
    ok = _USER_TYPES.get(t)
    if ok is None:
        ok = _USER_TYPES[t] = is_user_class(t) and not issubclass(t, type)
    return ok


def store_target(c: Compiler, target: ast.expr) -> Store:
    if isinstance(target, ast.Name):
        return c.store_name(target.id)
    P = c.pos(target)
    if isinstance(target, ast.Attribute):
        obj = c.expr(target.value)
        name = mangle(c, target.attr)
        if plain_name(name):
            make = c.template("setattr." + name, _SETATTR_TEMPLATE.format(name=name))
            return make(obj, P, annotate, _user_type, check_setattr)

        def store_guarded_attr(f: list, v: Any) -> None:
            try:
                guarded_setattr(obj(f), name, v)  # [wall] (__del__ is deferred there)
            except BaseException as e:
                annotate(e, f, P)
                raise
        return store_guarded_attr
    if isinstance(target, ast.Subscript):
        obj = c.expr(target.value)
        index = c.expr(target.slice)

        def store_item(f: list, v: Any) -> None:
            try:
                obj(f)[index(f)] = v
            except BaseException as e:
                annotate(e, f, P)
                raise
        return store_item
    if isinstance(target, ast.Tuple | ast.List):
        return _store_unpack(c, target.elts, P)
    if isinstance(target, ast.Starred):
        raise SyntaxError("starred assignment target must be in a list or tuple")
    raise c.unsupported(target)


def _store_unpack(c: Compiler, elts: list[ast.expr], P: Any) -> Store:
    star = [i for i, e in enumerate(elts) if isinstance(e, ast.Starred)]
    stores = [store_target(c, e.value if isinstance(e, ast.Starred) else e) for e in elts]
    n = len(elts)
    if not star:
        if n == 2:
            s0, s1 = stores

            def unpack2(f: list, v: Any) -> None:
                try:
                    a, b = v
                except BaseException as e:
                    annotate(e, f, P)
                    raise
                s0(f, a)
                s1(f, b)
            return unpack2

        def unpack(f: list, v: Any) -> None:
            try:
                items = list(v) if type(v) not in (list, tuple) else v
                if len(items) != n:
                    if len(items) > n:
                        raise ValueError(f"too many values to unpack (expected {n})")
                    raise ValueError(
                        f"not enough values to unpack (expected {n}, got {len(items)})")
            except BaseException as e:
                annotate(e, f, P)
                raise
            for s, item in zip(stores, items, strict=True):
                s(f, item)
        return unpack
    k = star[0]
    after = n - k - 1

    def unpack_star(f: list, v: Any) -> None:
        try:
            items = list(v)
            if len(items) < n - 1:
                raise ValueError(
                    f"not enough values to unpack (expected at least {n - 1}, got {len(items)})")
        except BaseException as e:
            annotate(e, f, P)
            raise
        for i in range(k):
            stores[i](f, items[i])
        stores[k](f, items[k:len(items) - after])
        for j in range(after):
            stores[k + 1 + j](f, items[len(items) - after + j])
    return unpack_star


def delete_target(c: Compiler, target: ast.expr) -> Closure:
    if isinstance(target, ast.Name):
        return c.delete_name(target.id)
    P = c.pos(target)
    if isinstance(target, ast.Attribute):
        obj = c.expr(target.value)
        name = mangle(c, target.attr)

        def del_attr(f: list) -> None:
            try:
                guarded_delattr(obj(f), name)
            except BaseException as e:
                annotate(e, f, P)
                raise
        return del_attr
    if isinstance(target, ast.Subscript):
        obj = c.expr(target.value)
        index = c.expr(target.slice)

        def del_item(f: list) -> None:
            try:
                del obj(f)[index(f)]
            except BaseException as e:
                annotate(e, f, P)
                raise
        return del_item
    if isinstance(target, ast.Tuple | ast.List):
        dels = [delete_target(c, e) for e in target.elts]

        def del_all(f: list) -> None:
            for d in dels:
                d(f)
        return del_all
    raise c.unsupported(target)


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
        from ..scope import LOCAL

        if isinstance(t, ast.Name) and c.scope.resolve(t.id)[0] == LOCAL:
            slot = c.scope.resolve(t.id)[1]

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


_AUG_TEMPLATE = """
def make(load, store, r, P, annotate):
    def augassign(f):
        try:
            v = load(f)
            v {op}= r(f)
        except BaseException as e:
            annotate(e, f, P)
            raise
        store(f, v)
    return augassign
"""
_AUG_SLOT_ADD_TEMPLATE = """
def make(i, r, P, annotate, checked, rt, op):
    def augassign_slot_checked(f):
        try:
            a = f[i]
            b = r(f)
            if type(b) is int or type(b) is float:
                a {op}= b
                f[i] = a
            else:
                f[i] = checked(rt, op, a, b, True)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return augassign_slot_checked
"""
_AUG_ADD_TEMPLATE = """
def make(load, store, r, P, annotate, checked, rt, op):
    def augassign_checked(f):
        try:
            a = load(f)
            b = r(f)
            if type(b) is int or type(b) is float:
                a {op}= b
            else:
                a = checked(rt, op, a, b, True)
        except BaseException as e:
            annotate(e, f, P)
            raise
        store(f, a)
    return augassign_checked
"""
_AUG_SLOT_TEMPLATE = """
def make(i, r, P, annotate):
    def augassign_slot(f):
        try:
            f[i] {op}= r(f)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return augassign_slot
"""


@stmt_compiler(ast.AugAssign)
def compile_augassign(c: Compiler, node: ast.AugAssign) -> Closure:
    from .expressions import BINOP_SYMBOLS, CHECKED_OPS

    P = c.pos(node)
    op = type(node.op)
    value = c.expr(node.value)
    t = node.target
    if op in CHECKED_OPS:
        return _checked_augassign(c, node, value, P)
    sym = BINOP_SYMBOLS[op]
    # [wall] ``x += x`` doubling: a non-constant value goes through the size check
    checked = op in (ast.Add, ast.Mod) and not isinstance(node.value, ast.Constant)
    if checked and not isinstance(t, ast.Name):
        return _checked_augassign(c, node, value, P)
    if isinstance(t, ast.Name):
        from ..scope import LOCAL
        from ..security.limits import checked_binop

        kind, slot = c.scope.resolve(t.id)
        if kind == LOCAL and (_local_slot(c, t) is not None):
            if checked:
                make = c.template("aug_slot_checked" + sym,
                                  _AUG_SLOT_ADD_TEMPLATE.format(op=sym))
                return make(slot, value, P, annotate, checked_binop, c.rt, op)
            make = c.template("aug_slot" + sym, _AUG_SLOT_TEMPLATE.format(op=sym))
            return make(slot, value, P, annotate)
        if checked:
            make = c.template("aug_checked" + sym, _AUG_ADD_TEMPLATE.format(op=sym))
            return make(c.load_name(t.id), c.store_name(t.id), value, P, annotate,
                        checked_binop, c.rt, op)
        make = c.template("aug" + sym, _AUG_TEMPLATE.format(op=sym))
        return make(c.load_name(t.id), c.store_name(t.id), value, P, annotate)
    fn = INPLACE_FUNCS[op]
    if isinstance(t, ast.Attribute):
        obj = c.expr(t.value)
        name = mangle(c, t.attr)
        from ..security.guard import guarded_getattr, guarded_setattr

        def aug_attr(f: list) -> None:
            try:
                o = obj(f)
                guarded_setattr(o, name, fn(guarded_getattr(o, name), value(f)))
            except BaseException as e:
                annotate(e, f, P)
                raise
        return aug_attr
    if isinstance(t, ast.Subscript):
        obj = c.expr(t.value)
        index = c.expr(t.slice)

        def aug_item(f: list) -> None:
            try:
                o = obj(f)
                i = index(f)
                o[i] = fn(o[i], value(f))
            except BaseException as e:
                annotate(e, f, P)
                raise
        return aug_item
    raise c.unsupported(node)


#: Operators whose int result is never much bigger than the operands.
_SMALL_INT_SAFE = (ast.Add, ast.Mod, ast.Mult)


def _checked_augassign(c: Compiler, node: ast.AugAssign, value: Closure, P: Any) -> Closure:
    """``x *= n`` and friends go through the same size check as the binary operator."""
    from ..security.limits import checked_binop

    op = type(node.op)
    fn = INPLACE_FUNCS[op]
    rt = c.rt
    t = node.target
    if isinstance(t, ast.Name):
        load, store = c.load_name(t.id), c.store_name(t.id)
        getter = lambda f: load(f)  # noqa: E731
        setter = store
    elif isinstance(t, ast.Attribute):
        from ..security.guard import guarded_getattr, guarded_setattr

        obj = c.expr(t.value)
        name = mangle(c, t.attr)
        getter = lambda f: guarded_getattr(obj(f), name)  # noqa: E731
        setter = lambda f, v: guarded_setattr(obj(f), name, v)  # noqa: E731
    elif isinstance(t, ast.Subscript):
        obj, index = c.expr(t.value), c.expr(t.slice)

        def getter(f: list) -> Any:
            return obj(f)[index(f)]

        def setter(f: list, v: Any) -> None:
            obj(f)[index(f)] = v
    else:
        raise c.unsupported(node)

    def checked_augassign(f: list) -> None:
        try:
            a = getter(f)
            b = value(f)
            if type(a) is float or type(b) is float or (
                    type(a) is int and type(b) is int and op in _SMALL_INT_SAFE):
                setter(f, fn(a, b))
            else:
                setter(f, checked_binop(rt, op, a, b, True))
        except BaseException as e:
            annotate(e, f, P)
            raise
    return checked_augassign


@stmt_compiler(ast.AnnAssign)
def compile_annassign(c: Compiler, node: ast.AnnAssign) -> Closure:
    value = c.expr(node.value) if node.value is not None else None
    store = store_target(c, node.target) if value is not None else None
    simple = node.simple and isinstance(node.target, ast.Name)
    record = None
    if simple and c.scope.kind in ("module", "class") and not c.env.ignore_typing:
        name = node.target.id  # type: ignore[union-attr]
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
    test = c.expr(node.test)
    body = c.block(node.body)
    orelse = c.block(node.orelse) if node.orelse else None
    rt = c.rt

    def while_(f: list) -> Any:
        while test(f):
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
    return while_


@stmt_compiler(ast.For)
def compile_for(c: Compiler, node: ast.For) -> Closure:
    iterable = c.expr(node.iter)
    body = c.block(node.body)
    orelse = c.block(node.orelse) if node.orelse else None
    rt = c.rt
    P = c.pos(node.iter)
    t = node.target
    from ..scope import LOCAL

    if isinstance(t, ast.Name) and c.scope.resolve(t.id)[0] == LOCAL:
        slot = c.scope.resolve(t.id)[1]

        def for_local(f: list) -> Any:
            try:
                it = iter(iterable(f))
            except BaseException as e:
                annotate(e, f, P)
                raise
            for x in it:
                f[slot] = x
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
        return for_local
    store = store_target(c, t)

    def for_(f: list) -> Any:
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
            r = body(f)
            if r is not None:
                if r is BREAK:
                    return None
                if r is not CONTINUE:
                    return r
        if orelse is not None:
            return orelse(f)
        return None
    return for_


@stmt_compiler(ast.Raise)
def compile_raise(c: Compiler, node: ast.Raise) -> Closure:
    exc = c.expr(node.exc) if node.exc is not None else None
    cause = c.expr(node.cause) if node.cause is not None else None
    P = c.pos(node)

    def raise_(f: list) -> None:
        if exc is None:
            import sys

            current = sys.exc_info()[1]
            if current is None or isinstance(current, LimitExceeded):
                raise RuntimeError("No active exception to reraise")
            raise current
        e = make_exception(exc(f))
        if cause is not None:
            cv = cause(f)
            if cv is None:
                e.__cause__ = None
            else:
                cv = make_exception(cv, "exception causes must derive from BaseException")
                e.__cause__ = cv
            e.__suppress_context__ = True
        annotate(e, f, P)
        raise e
    return raise_


def make_exception(value: Any, message: str = "exceptions must derive from BaseException"
                   ) -> BaseException:
    if isinstance(value, type) and issubclass(value, BaseException):
        value = value()
        mark_made(value)  # [wall] made by sandbox code: it may take attributes
    if not isinstance(value, BaseException):
        raise TypeError(message)
    if isinstance(value, LimitExceeded):
        raise TypeError("sandbox limit errors cannot be raised by user code")
    return value
