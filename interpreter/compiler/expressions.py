"""Expressions: constants, names, operators, attributes, subscripts, calls, displays."""

from __future__ import annotations

import ast
import operator
import types
from typing import Any

from ..runtime import UNBOUND, Cell
from ..security.finalizers import defer_class_finalizer
from ..security.guard import (
    BAD_TYPES,
    USER_CLASSES,
    firewall,
    guarded_getattr,
    plain_name,
)
from ..security.limits import (  # [wall] the one pre-call hook: see limits.py
    BOUND_BUILTIN_TYPES,
    GUARDED_CALLS,
    GUARDED_METHODS,
    SAFE_LEFT_TYPES,
    check_format_spec,
    checked_binop,
    guarded_call,
)
from ..tracebacks import annotate
from .core import Closure, Compiler, expr_compiler

_REAL_BUILTINS: Any = __builtins__

BINOP_SYMBOLS: dict[type, str] = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
    ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|",
    ast.BitXor: "^", ast.BitAnd: "&", ast.MatMult: "@",
}
BINOP_FUNCS: dict[type, Any] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
    ast.Pow: operator.pow, ast.LShift: operator.lshift, ast.RShift: operator.rshift,
    ast.BitOr: operator.or_, ast.BitXor: operator.xor, ast.BitAnd: operator.and_,
    ast.MatMult: operator.matmul,
}
INPLACE_FUNCS: dict[type, Any] = {
    ast.Add: operator.iadd, ast.Sub: operator.isub, ast.Mult: operator.imul,
    ast.Div: operator.itruediv, ast.FloorDiv: operator.ifloordiv, ast.Mod: operator.imod,
    ast.Pow: operator.ipow, ast.LShift: operator.ilshift, ast.RShift: operator.irshift,
    ast.BitOr: operator.ior, ast.BitXor: operator.ixor, ast.BitAnd: operator.iand,
    ast.MatMult: operator.imatmul,
}
#: Operators whose result size must be checked before it is computed.
CHECKED_OPS = (ast.Mult, ast.Pow, ast.LShift)
#: Checked too when the right operand is not a constant ([wall]: ``x + x``, ``f % (n, 7)``).
CHECKED_VARIABLE_OPS = (ast.Add, ast.Mod)
CMP_SYMBOLS: dict[type, str] = {
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
    ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
}
CMP_FUNCS: dict[type, Any] = {
    ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
    ast.Gt: operator.gt, ast.GtE: operator.ge, ast.Is: operator.is_,
    ast.IsNot: operator.is_not, ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
}


@expr_compiler(ast.Constant)
def compile_constant(c: Compiler, node: ast.Constant) -> Closure:
    value = node.value

    def constant(f: list) -> Any:
        return value
    return constant


@expr_compiler(ast.Name)
def compile_name(c: Compiler, node: ast.Name) -> Closure:
    return c.load_name(node.id)


# ---------------------------------------------------------------------------
# Operators

_BINOP_TEMPLATE = """
def make(l, r, P, annotate):
    def binop(f):
        try:
            return l(f) {op} r(f)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return binop
"""
_BINOP_CONST_TEMPLATE = """
def make(l, k, P, annotate):
    def binop_const(f):
        try:
            return l(f) {op} k
        except BaseException as e:
            annotate(e, f, P)
            raise
    return binop_const
"""
# [wall] ``a + b`` / ``a % b`` with a non-constant right operand: numbers go straight
# through, anything else through the size check (``x + x`` doubling, ``fmt % (n, 7)``).
_BINOP_CHECKED_TEMPLATE = """
def make(l, r, P, annotate, checked, rt, op, safe):
    def binop_checked(f):
        try:
            a = l(f)
            b = r(f)
            if type({num}) is int or type({num}) is float or type(a) in safe:
                return a {op} b
            return checked(rt, op, a, b)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return binop_checked
"""
_BINOP_CONST_CHECKED_TEMPLATE = """
def make(l, k, P, annotate, checked, rt, op):
    def binop_const_checked(f):
        try:
            a = l(f)
            if type(a) is int or type(a) is float:
                return a {op} k
            return checked(rt, op, a, k)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return binop_const_checked
"""
_BINOP_SLOT_CONST_CHECKED_TEMPLATE = """
def make(i, k, P, annotate, checked, rt, op):
    def binop_slot_const_checked(f):
        try:
            a = f[i]
            if type(a) is int or type(a) is float:
                return a {op} k
            return checked(rt, op, a, k)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return binop_slot_const_checked
"""
_BINOP_SLOT_CONST_TEMPLATE = """
def make(i, k, P, annotate, load):
    def binop_slot_const(f):
        try:
            return f[i] {op} k
        except BaseException as e:
            annotate(e, f, P)
            raise
    return binop_slot_const
"""


def _local_slot(c: Compiler, node: ast.expr) -> int | None:
    """The slot of a parameter that is always bound, for the fastest loads."""
    if isinstance(node, ast.Name):
        from ..scope import LOCAL

        kind, slot = c.scope.resolve(node.id)
        if kind == LOCAL and node.id in c.scope.params and node.id not in c.scope.deleted:
            return slot
    return None


@expr_compiler(ast.BinOp)
def compile_binop(c: Compiler, node: ast.BinOp) -> Closure:
    P = c.pos(node)
    op_type = type(node.op)
    left = c.expr(node.left)
    literal_format = op_type is ast.Mod and isinstance(node.left, ast.Constant)
    if literal_format and isinstance(node.left.value, str | bytes):  # type: ignore[union-attr]
        fmt = node.left.value  # type: ignore[union-attr]
        star, digits = ("*", "0123456789") if isinstance(fmt, str) else (b"*", b"0123456789")
        literal_format = star not in fmt and not any(
            fmt[i:i + 7].strip(digits) == fmt[i:i + 0] and len(fmt[i:i + 7]) == 7
            for i in range(max(0, len(fmt) - 6)))  # no '*', no 7-digit width: plain
    if (op_type is ast.Add and not isinstance(node.right, ast.Constant)) or (
            op_type is ast.Mod and not isinstance(node.left, ast.Constant)) or (
            op_type is ast.Mod and isinstance(node.left, ast.Constant) and not literal_format):
        sym = BINOP_SYMBOLS[op_type]
        if isinstance(node.right, ast.Constant):  # ``x % 3``, ``fmt % 7``
            k = node.right.value
            slot = _local_slot(c, node.left)
            if slot is not None:
                make = c.template("binop_slot_const_checked" + sym,
                                  _BINOP_SLOT_CONST_CHECKED_TEMPLATE.format(op=sym))
                return make(slot, k, P, annotate, checked_binop, c.rt, op_type)
            make = c.template("binop_const_checked" + sym,
                              _BINOP_CONST_CHECKED_TEMPLATE.format(op=sym))
            return make(left, k, P, annotate, checked_binop, c.rt, op_type)
        num = "b" if op_type is ast.Add else "a"  # a number there: nothing can grow
        make = c.template("binop_checked" + sym,
                          _BINOP_CHECKED_TEMPLATE.format(op=sym, num=num))
        return make(left, c.expr(node.right), P, annotate, checked_binop, c.rt, op_type,
                    SAFE_LEFT_TYPES[op_type])
    if op_type in CHECKED_OPS:
        right = c.expr(node.right)
        fn = BINOP_FUNCS[op_type]
        rt = c.rt
        is_mult = op_type is not ast.Pow and op_type is not ast.LShift

        def checked_binop_(f: list) -> Any:
            try:
                a = left(f)
                b = right(f)
                ta = type(a)
                tb = type(b)
                if ta is float or tb is float or (
                        ta is int and tb is int and (is_mult or -64 < b < 64)):
                    return fn(a, b)
                return checked_binop(rt, op_type, a, b)
            except BaseException as e:
                annotate(e, f, P)
                raise
        return checked_binop_
    sym = BINOP_SYMBOLS[op_type]
    if op_type is ast.Mod and isinstance(node.left, ast.Constant) and \
            isinstance(node.left.value, str | bytes) and len(node.left.value) > 6:
        return _checked_percent_format(c, node, left, P)
    if isinstance(node.right, ast.Constant):
        k = node.right.value
        slot = _local_slot(c, node.left)
        if slot is not None:
            make = c.template("binop_slot_const" + sym, _BINOP_SLOT_CONST_TEMPLATE.format(op=sym))
            return make(slot, k, P, annotate, None)
        make = c.template("binop_const" + sym, _BINOP_CONST_TEMPLATE.format(op=sym))
        return make(left, k, P, annotate)
    make = c.template("binop" + sym, _BINOP_TEMPLATE.format(op=sym))
    return make(left, c.expr(node.right), P, annotate)


def _checked_percent_format(c: Compiler, node: ast.BinOp, left: Closure, P: Any) -> Closure:
    """``"%10000000000d" % x``: a huge width in a literal format is checked first."""
    right = c.expr(node.right)
    fmt = node.left.value  # type: ignore[attr-defined]
    spec = fmt if isinstance(fmt, str) else fmt.decode("latin-1")
    rt = c.rt

    def percent_format(f: list) -> Any:
        try:
            check_format_spec(rt, spec)
            return left(f) % right(f)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return percent_format


@expr_compiler(ast.UnaryOp)
def compile_unaryop(c: Compiler, node: ast.UnaryOp) -> Closure:
    operand = c.expr(node.operand)
    P = c.pos(node)
    if isinstance(node.op, ast.Not):
        def not_(f: list) -> Any:
            return not operand(f)
        return not_
    fn = {ast.USub: operator.neg, ast.UAdd: operator.pos, ast.Invert: operator.invert}[
        type(node.op)]

    def unary(f: list) -> Any:
        try:
            return fn(operand(f))
        except BaseException as e:
            annotate(e, f, P)
            raise
    return unary


@expr_compiler(ast.BoolOp)
def compile_boolop(c: Compiler, node: ast.BoolOp) -> Closure:
    values = c.exprs(node.values)
    if isinstance(node.op, ast.And):
        if len(values) == 2:
            a, b = values

            def and2(f: list) -> Any:
                return a(f) and b(f)
            return and2

        def and_(f: list) -> Any:
            v = None
            for e in values:
                v = e(f)
                if not v:
                    return v
            return v
        return and_
    if len(values) == 2:
        a, b = values

        def or2(f: list) -> Any:
            return a(f) or b(f)
        return or2

    def or_(f: list) -> Any:
        v = None
        for e in values:
            v = e(f)
            if v:
                return v
        return v
    return or_


_CMP_TEMPLATE = """
def make(l, r, P, annotate):
    def compare(f):
        try:
            return l(f) {op} r(f)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return compare
"""
_CMP_CONST_TEMPLATE = """
def make(l, k, P, annotate):
    def compare_const(f):
        try:
            return l(f) {op} k
        except BaseException as e:
            annotate(e, f, P)
            raise
    return compare_const
"""


_CMP_SLOT_CONST_TEMPLATE = """
def make(i, k, P, annotate):
    def compare_slot_const(f):
        try:
            return f[i] {op} k
        except BaseException as e:
            annotate(e, f, P)
            raise
    return compare_slot_const
"""


@expr_compiler(ast.Compare)
def compile_compare(c: Compiler, node: ast.Compare) -> Closure:
    P = c.pos(node)
    left = c.expr(node.left)
    if len(node.ops) == 1:
        sym = CMP_SYMBOLS[type(node.ops[0])]
        right_node = node.comparators[0]
        if isinstance(right_node, ast.Constant) and not isinstance(right_node.value, (
                tuple, frozenset)):
            slot = _local_slot(c, node.left)
            if slot is not None:
                make = c.template("cmp_slot_const" + sym,
                                  _CMP_SLOT_CONST_TEMPLATE.format(op=sym))
                return make(slot, right_node.value, P, annotate)
            make = c.template("cmp_const" + sym, _CMP_CONST_TEMPLATE.format(op=sym))
            return make(left, right_node.value, P, annotate)
        make = c.template("cmp" + sym, _CMP_TEMPLATE.format(op=sym))
        return make(left, c.expr(right_node), P, annotate)
    ops = [CMP_FUNCS[type(o)] for o in node.ops]
    rights = c.exprs(node.comparators)
    pairs = tuple(zip(ops, rights, strict=True))

    def chained(f: list) -> Any:
        try:
            a = left(f)
            result: Any = True
            for op, r in pairs:
                b = r(f)
                result = op(a, b)
                if not result:
                    return result
                a = b
            return result
        except BaseException as e:
            annotate(e, f, P)
            raise
    return chained


@expr_compiler(ast.IfExp)
def compile_ifexp(c: Compiler, node: ast.IfExp) -> Closure:
    test, body, orelse = c.expr(node.test), c.expr(node.body), c.expr(node.orelse)

    def ifexp(f: list) -> Any:
        return body(f) if test(f) else orelse(f)
    return ifexp


@expr_compiler(ast.NamedExpr)
def compile_namedexpr(c: Compiler, node: ast.NamedExpr) -> Closure:
    value = c.expr(node.value)
    store = c.store_name(node.target.id)

    def namedexpr(f: list) -> Any:
        v = value(f)
        store(f, v)
        return v
    return namedexpr


# ---------------------------------------------------------------------------
# Attributes and subscripts

_ATTR_TEMPLATE = """
def make(obj, P, annotate, BAD, firewall):
    def load_attr(f):
        try:
            v = obj(f).{name}
        except BaseException as e:
            annotate(e, f, P)
            raise
        if type(v) in BAD:
            try:
                v = firewall(v)  # [wall] a mappingproxy comes back as a safe view
            except BaseException as e:
                annotate(e, f, P)
                raise
        return v
    return load_attr
"""


@expr_compiler(ast.Attribute)
def compile_attribute(c: Compiler, node: ast.Attribute) -> Closure:
    obj = c.expr(node.value)
    P = c.pos(node)
    name = mangle(c, node.attr)
    if plain_name(name):
        make = c.template("attr." + name, _ATTR_TEMPLATE.format(name=name))
        return make(obj, P, annotate, BAD_TYPES, firewall)

    def load_guarded_attr(f: list) -> Any:
        try:
            return guarded_getattr(obj(f), name)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return load_guarded_attr


def mangle(c: Compiler, name: str) -> str:
    """Private name mangling (``__x`` inside class ``C`` → ``_C__x``)."""
    return c.scope.mangle(name)


@expr_compiler(ast.Subscript)
def compile_subscript(c: Compiler, node: ast.Subscript) -> Closure:
    value = c.expr(node.value)
    P = c.pos(node)
    if isinstance(node.slice, ast.Constant):
        k = node.slice.value

        def subscript_const(f: list) -> Any:
            try:
                return value(f)[k]
            except BaseException as e:
                annotate(e, f, P)
                raise
        return subscript_const
    index = c.expr(node.slice)

    def subscript(f: list) -> Any:
        try:
            return value(f)[index(f)]
        except BaseException as e:
            annotate(e, f, P)
            raise
    return subscript


@expr_compiler(ast.Slice)
def compile_slice(c: Compiler, node: ast.Slice) -> Closure:
    none = compile_constant(c, ast.Constant(None))
    lo = c.expr(node.lower) if node.lower else none
    hi = c.expr(node.upper) if node.upper else none
    st = c.expr(node.step) if node.step else none

    def slice_(f: list) -> Any:
        return slice(lo(f), hi(f), st(f))
    return slice_


# ---------------------------------------------------------------------------
# Displays

def _starred_parts(c: Compiler, elts: list[ast.expr]) -> tuple[list[tuple[bool, Closure]], bool]:
    parts = []
    any_star = False
    for e in elts:
        if isinstance(e, ast.Starred):
            parts.append((True, c.expr(e.value)))
            any_star = True
        else:
            parts.append((False, c.expr(e)))
    return parts, any_star


def build_items(parts: list[tuple[bool, Closure]], f: list) -> list[Any]:
    out: list[Any] = []
    for star, e in parts:
        if star:
            out.extend(e(f))
        else:
            out.append(e(f))
    return out


@expr_compiler(ast.List)
def compile_list(c: Compiler, node: ast.List) -> Closure:
    parts, star = _starred_parts(c, node.elts)
    if not star:
        items = [e for _, e in parts]

        def list_(f: list) -> Any:
            return [e(f) for e in items]
        return list_

    def list_star(f: list) -> Any:
        return build_items(parts, f)
    return list_star


@expr_compiler(ast.Tuple)
def compile_tuple(c: Compiler, node: ast.Tuple) -> Closure:
    parts, star = _starred_parts(c, node.elts)
    if not star:
        items = [e for _, e in parts]
        if len(items) == 2:
            a, b = items

            def tuple2(f: list) -> Any:
                return (a(f), b(f))
            return tuple2

        def tuple_(f: list) -> Any:
            return tuple([e(f) for e in items])
        return tuple_

    def tuple_star(f: list) -> Any:
        return tuple(build_items(parts, f))
    return tuple_star


@expr_compiler(ast.Set)
def compile_set(c: Compiler, node: ast.Set) -> Closure:
    parts, _ = _starred_parts(c, node.elts)

    def set_(f: list) -> Any:
        return set(build_items(parts, f))
    return set_


@expr_compiler(ast.Dict)
def compile_dict(c: Compiler, node: ast.Dict) -> Closure:
    P = c.pos(node)
    items = [(c.expr(k) if k is not None else None, c.expr(v))
             for k, v in zip(node.keys, node.values, strict=True)]

    def dict_(f: list) -> Any:
        d: dict[Any, Any] = {}
        try:
            for k, v in items:
                if k is None:
                    d.update(v(f))
                else:
                    key = k(f)
                    d[key] = v(f)
        except BaseException as e:
            annotate(e, f, P)
            raise
        return d
    return dict_


@expr_compiler(ast.JoinedStr)
def compile_joinedstr(c: Compiler, node: ast.JoinedStr) -> Closure:
    parts = c.exprs(node.values)

    def joinedstr(f: list) -> Any:
        return "".join([p(f) for p in parts])
    return joinedstr


@expr_compiler(ast.FormattedValue)
def compile_formattedvalue(c: Compiler, node: ast.FormattedValue) -> Closure:
    value = c.expr(node.value)
    conv = {-1: None, 115: str, 114: repr, 97: ascii}[node.conversion]
    spec = c.expr(node.format_spec) if node.format_spec is not None else None
    P = c.pos(node)

    rt = c.rt

    def formatted(f: list) -> Any:
        try:
            v = value(f)
            if conv is not None:
                v = conv(v)
            if spec is None:
                return format(v, "")
            s = spec(f)
            if len(s) > 6:
                check_format_spec(rt, s)
            return format(v, s)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return formatted


@expr_compiler(ast.Starred)
def compile_starred(c: Compiler, node: ast.Starred) -> Closure:
    raise SyntaxError("can't use starred expression here")


# ---------------------------------------------------------------------------
# Calls


@expr_compiler(ast.Call)
def compile_call(c: Compiler, node: ast.Call) -> Closure:
    call = _compile_call(c, node)
    return _in_module_namespace(c, call)


def _in_module_namespace(c: Compiler, fn: Any) -> Any:
    """Rebind a call closure to globals whose ``__name__`` is the session's module name.

    ``namedtuple``, ``Enum('Color', ...)``, ``TypeVar`` and friends read the caller's
    ``__name__`` from its frame: it should be ``__main__``, not this module.
    """
    g = c.env.template_cache.get("call-globals")
    if g is None:
        g = dict(globals())
        g["__name__"] = c.env.globals.get("__name__", "__main__")
        c.env.template_cache["call-globals"] = g
    return types.FunctionType(fn.__code__, g, fn.__name__, fn.__defaults__, fn.__closure__)


def _compile_call(c: Compiler, node: ast.Call) -> Closure:
    P = c.pos(node)
    special = _special_call(c, node)
    if special is not None:
        return special
    func = _callee(c, node.func)
    # [wall] the pre-call hook: a method site's guard is known by name; other sites look
    # the callee up (by id; bound builtin methods only at non-method sites).
    is_method = isinstance(node.func, ast.Attribute)
    site = GUARDED_METHODS.get(node.func.attr) if is_method else None  # type: ignore[union-attr]
    guarded = GUARDED_CALLS
    bound_types = () if is_method else BOUND_BUILTIN_TYPES
    rt = c.rt
    FT = types.FunctionType  # sandbox functions: never guarded, checked at once
    simple = not node.keywords and not any(isinstance(a, ast.Starred) for a in node.args)
    bad = BAD_TYPES
    if simple:
        args = c.exprs(node.args)
        if len(args) == 0:
            def call0(f: list) -> Any:
                try:
                    fn = func(f)
                    r = fn() if type(fn) is FT or site is None and id(fn) not in guarded \
                        else guarded_call(rt, site, fn, (), None)
                except BaseException as e:
                    annotate(e, f, P)
                    raise
                if type(r) in bad:
                    r = _refuse(r, f, P)
                return r
            return call0
        if len(args) == 1:
            (a0,) = args

            def call1(f: list) -> Any:
                try:
                    fn = func(f)
                    a = a0(f)
                    if type(fn) is FT or site is None and id(fn) not in guarded and \
                            type(fn) not in bound_types:
                        r = fn(a)
                    else:
                        r = guarded_call(rt, site, fn, (a,), None)
                except BaseException as e:
                    annotate(e, f, P)
                    raise
                if type(r) in bad:
                    r = _refuse(r, f, P)
                return r
            return call1
        if len(args) == 2:
            a0, a1 = args

            def call2(f: list) -> Any:
                try:
                    fn = func(f)
                    a = a0(f)
                    b = a1(f)
                    if type(fn) is FT or site is None and id(fn) not in guarded and \
                            type(fn) not in bound_types:
                        r = fn(a, b)
                    else:
                        r = guarded_call(rt, site, fn, (a, b), None)
                except BaseException as e:
                    annotate(e, f, P)
                    raise
                if type(r) in bad:
                    r = _refuse(r, f, P)
                return r
            return call2

        def calln(f: list) -> Any:
            try:
                fn = func(f)
                values = [a(f) for a in args]
                if type(fn) is FT or site is None and id(fn) not in guarded and \
                        type(fn) not in bound_types:
                    r = fn(*values)
                else:
                    r = guarded_call(rt, site, fn, tuple(values), None)
            except BaseException as e:
                annotate(e, f, P)
                raise
            if type(r) in bad:
                r = _refuse(r, f, P)
            if fn is type:
                USER_CLASSES.add(r)  # type(name, bases, ns) made by sandbox code
                defer_class_finalizer(r, rt)  # [wall]
            return r
        return calln
    parts, _ = _starred_parts(c, node.args)
    kw_parts = [(c.scope.mangle(k.arg) if k.arg else None, c.expr(k.value))
                for k in node.keywords]

    def call_kw(f: list) -> Any:
        try:
            fn = func(f)
            args = _call_args(fn, parts, f)
            kwargs: dict[str, Any] = {}
            for name, e in kw_parts:
                if name is None:
                    m = e(f)
                    if not hasattr(m, "keys"):
                        raise TypeError(f"{_callable_str(fn)} argument after ** must be a "
                                        f"mapping, not {type(m).__name__}")
                    for k in m.keys():
                        if k in kwargs:
                            raise TypeError(f"{_callable_str(fn)} got multiple values for "
                                            f"keyword argument '{k}'")
                        kwargs[k] = m[k]
                else:
                    if name in kwargs:
                        raise TypeError(f"{_callable_str(fn)} got multiple values for "
                                        f"keyword argument '{name}'")
                    kwargs[name] = e(f)
            if type(fn) is FT or site is None and id(fn) not in guarded and \
                    type(fn) not in bound_types:
                r = fn(*args, **kwargs)
            else:
                r = guarded_call(rt, site, fn, tuple(args), kwargs)
        except BaseException as e2:
            annotate(e2, f, P)
            raise
        if type(r) in bad:
            r = _refuse(r, f, P)
        return r
    return call_kw


def _callee(c: Compiler, node: ast.expr) -> Closure:
    """The callee; a global name is looked up inline (the most common call)."""
    from ..scope import GLOBAL

    if isinstance(node, ast.Name) and c.scope.resolve(c.scope.mangle(node.id))[0] == GLOBAL:
        g, b, name = c.env.globals, c.env.builtins, c.scope.mangle(node.id)
        fallback = c.load_name(node.id)

        def global_callee(f: list) -> Any:
            try:
                return g[name]
            except KeyError:
                pass
            try:
                return b[name]
            except KeyError:
                pass
            return fallback(f)
        return global_callee
    return c.expr(node)


def _call_args(fn: Any, parts: list[tuple[bool, Closure]], f: list) -> list[Any]:
    out: list[Any] = []
    for star, e in parts:
        if star:
            v = e(f)
            try:
                out.extend(v)
            except TypeError:
                if not hasattr(type(v), "__iter__"):
                    raise TypeError(f"{_callable_str(fn)} argument after * must be an "
                                    f"iterable, not {type(v).__name__}") from None
                raise
        else:
            out.append(e(f))
    return out


def _callable_str(fn: Any) -> str:
    """How CPython names a callable in call errors (``__main__.f()``)."""
    qualname = getattr(fn, "__qualname__", None)
    module = getattr(fn, "__module__", None)
    if isinstance(qualname, str):
        if isinstance(module, str) and module != "builtins":
            return f"{module}.{qualname}()"
        return f"{qualname}()"
    return f"{type(fn).__name__} object"


def _refuse(value: Any, f: list, P: Any) -> Any:
    try:
        return firewall(value)  # [wall] converted values (a mappingproxy) come back
    except BaseException as e:
        annotate(e, f, P)
        raise


def _special_call(c: Compiler, node: ast.Call) -> Closure | None:
    """Zero-argument ``super()`` and ``locals()``/``vars()``/``dir()`` need the frame."""
    from ..scope import GLOBAL

    fn = node.func
    if not isinstance(fn, ast.Name) or node.args or node.keywords:
        return None
    if c.scope.resolve(fn.id)[0] != GLOBAL:
        return None
    g, b = c.env.globals, c.env.builtins
    real = b.get(fn.id)
    if fn.id == "super":
        return _zero_arg_super(c, node, real)
    if fn.id not in ("locals", "vars", "dir"):
        return None
    snapshot = frame_snapshot(c)
    name = fn.id
    fallback = c.expr(fn)

    def frame_call(f: list) -> Any:
        current = g.get(name, b.get(name))
        if current is not real:
            return fallback(f)()
        d = snapshot(f)
        return sorted(d) if name == "dir" else d
    return frame_call


def frame_snapshot(c: Compiler) -> Closure:
    """A dict of the visible local names of the current frame (``locals()``)."""
    scope = c.scope
    if scope.kind == "module":
        g = c.env.globals
        return lambda f: g
    if scope.kind == "class":
        return lambda f: f[1]
    slots = sorted(scope.slots.items(), key=lambda kv: kv[1])

    def snapshot(f: list) -> dict[str, Any]:
        d: dict[str, Any] = {}
        for name, i in slots:
            v = f[i]
            if type(v) is Cell:
                try:
                    v = v.v
                except AttributeError:
                    continue
            if v is not UNBOUND:
                d[name] = v
        return d
    return snapshot


def _zero_arg_super(c: Compiler, node: ast.Call, real: Any) -> Closure:
    scope = c.scope
    P = c.pos(node)
    fallback = c.expr(node.func)
    g, b = c.env.globals, c.env.builtins
    cls_slot = scope.slots.get("__class__")
    first = scope.params[0] if scope.params and scope.kind == "function" else None
    first_slot = scope.slots.get(first) if first else None

    def zero_arg_super(f: list) -> Any:
        current = g.get("super", b.get("super"))
        if current is not real:
            return fallback(f)()
        try:
            if cls_slot is None:
                raise RuntimeError("super(): __class__ cell not found")
            if first_slot is None:
                raise RuntimeError("super(): no arguments")
            try:
                cls = f[cls_slot].v
            except AttributeError:
                raise RuntimeError("super(): empty __class__ cell") from None
            obj = f[first_slot]
            if type(obj) is Cell:
                obj = obj.v
            return real(cls, obj)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return zero_arg_super
