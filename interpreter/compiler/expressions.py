"""Expressions: constants, names, operators, attributes, subscripts, calls, displays."""

from __future__ import annotations

import ast
import operator
from typing import Any

from ..security.guard import guarded_getattr, plain_name
from ..security.limits import check_format_spec, checked_binop
from ..tracebacks import annotate
from .core import Closure, Compiler, expr_compiler

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

_BINOP = """
def make(l, r, k, slot, P, annotate):
    def {name}(f):
        try:
            return {left} {op} {right}
        except BaseException as e:
            annotate(e, f, P)
            raise
    return {name}
"""

#: Size checks of operators whose result may be huge, skipped for the operand types
#: that cannot produce one.  ``a`` and ``b`` are the operands, ``ta``/``tb`` their types.
_FAST_PATHS: dict[type, str] = {
    ast.Mult: "if ta is float or tb is float or (ta is int and tb is int):",
    ast.Pow: "if ta is float or tb is float or (ta is int and tb is int and -64 < b < 64):",
    ast.LShift: "if ta is int and tb is int and b < 64:",
    ast.Add: "if ta is int or ta is float or ((ta is str and tb is str or ta is list and "
             "tb is list) and len(a) + len(b) < SMALL):",
    ast.Mod: "if ta is not str and ta is not bytes:",
}
_CHECKED_BINOP = """
def make(l, r, P, annotate, rt, check, OP, SMALL):
    def {name}(f):
        try:
            a = l(f)
            b = r(f)
            ta = type(a)
            tb = type(b)
            {fast}
                return a {op} b
            return check(rt, OP, a, b)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return {name}
"""
#: Operators whose result size is checked before it is computed.
CHECKED_OPS = tuple(_FAST_PATHS)
#: Concatenations shorter than this never need a size check.
SMALL_CONCAT = 1 << 16


def local_slot(c: Compiler, node: ast.expr) -> int | None:
    """The slot of a parameter that is always bound, for the fastest loads."""
    if c.specialise and isinstance(node, ast.Name):
        from ..scope import LOCAL

        kind, slot = c.scope.resolve(c.scope.mangle(node.id))
        if kind == LOCAL and node.id in c.scope.params and node.id not in c.scope.deleted:
            return slot
    return None


@expr_compiler(ast.BinOp)
def compile_binop(c: Compiler, node: ast.BinOp) -> Closure:
    P = c.pos(node)
    op_type = type(node.op)
    sym = BINOP_SYMBOLS[op_type]
    left = c.expr(node.left)
    if op_type in CHECKED_OPS:
        source = _CHECKED_BINOP.format(name="binop_checked", fast=_FAST_PATHS[op_type],
                                       op=sym)
        return c.template(source, source)(left, c.expr(node.right), P, annotate, c.rt,
                                          checked_binop, op_type, SMALL_CONCAT)
    return binop(c, sym, node.left, left, node.right, P)


def binop(c: Compiler, sym: str, left_node: ast.expr, left: Closure, right_node: ast.expr,
          P: Any) -> Closure:
    """``l <sym> r``; specialised for a constant right side and a parameter left side."""
    slot = local_slot(c, left_node)
    const = c.specialise and isinstance(right_node, ast.Constant)
    lhs = f"f[{slot}]" if slot is not None else "l(f)"
    rhs = "k" if const else "r(f)"
    name = "binop" + ("_slot" if slot is not None else "") + ("_const" if const else "")
    source = _BINOP.format(name=name, left=lhs, op=sym, right=rhs)
    right = None if const else c.expr(right_node)
    k = right_node.value if const else None  # type: ignore[attr-defined]
    return c.template(source, source)(left, right, k, slot, P, annotate)


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


_COMPARE = """
def make(l, rights, k, P, annotate):
{unpack}
    def {name}(f):
        try:
{body}
        except BaseException as e:
            annotate(e, f, P)
            raise
    return {name}
"""


@expr_compiler(ast.Compare)
def compile_compare(c: Compiler, node: ast.Compare) -> Closure:
    """``a < b``, and chains ``0 <= i < n`` as one closure: each operand evaluated once,
    the chain stops at the first false comparison (its value is the result)."""
    P = c.pos(node)
    left = c.expr(node.left)
    syms = [CMP_SYMBOLS[type(o)] for o in node.ops]
    if len(syms) == 1:
        right_node = node.comparators[0]
        const = c.specialise and isinstance(right_node, ast.Constant) and not isinstance(
            right_node.value, tuple | frozenset)
        slot = local_slot(c, node.left)
        lhs = f"f[{slot}]" if slot is not None else "l(f)"
        rhs = "k" if const else "r0(f)"
        source = _COMPARE.format(name="compare", unpack="    (r0,) = rights" if not const
                                 else "", body=f"            return {lhs} {syms[0]} {rhs}")
        rights = () if const else (c.expr(right_node),)
        k = right_node.value if const else None  # type: ignore[attr-defined]
        return c.template(source, source)(left, rights, k, P, annotate)
    n = len(syms)
    lines = ["            a0 = l(f)"]
    for i, sym in enumerate(syms):
        lines.append(f"            a{i + 1} = r{i}(f)")
        if i < n - 1:
            lines.append(f"            v = a{i} {sym} a{i + 1}")
            lines.append("            if not v:")
            lines.append("                return v")
        else:
            lines.append(f"            return a{i} {sym} a{i + 1}")
    unpack = "    " + ", ".join(f"r{i}" for i in range(n)) + ", = rights"
    source = _COMPARE.format(name="compare_chain", unpack=unpack, body="\n".join(lines))
    return c.template(source, source)(left, tuple(c.exprs(node.comparators)), None, P,
                                      annotate)


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

_ATTR = """
def make(obj, P, annotate, clean, admit):
    def load_attr(f):
        try:
            v = obj(f).{name}
            if type(v) not in clean:
                v = admit(v)
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
    fw = c.env.firewall
    if c.specialise and plain_name(name):
        make = c.template("attr." + name, _ATTR.format(name=name))
        return make(obj, P, annotate, fw.clean, fw.admit)
    clean, admit = fw.clean, fw.admit

    def load_guarded_attr(f: list) -> Any:
        try:
            v = guarded_getattr(obj(f), name)
            if type(v) not in clean:
                v = admit(v)
        except BaseException as e:
            annotate(e, f, P)
            raise
        return v
    return load_guarded_attr


def mangle(c: Compiler, name: str) -> str:
    """Private name mangling (``__x`` inside class ``C`` → ``_C__x``)."""
    return c.scope.mangle(name)


_SUBSCRIPT = """
def make(value, index, k, P, annotate, clean, admit):
    def {name}(f):
        try:
            v = value(f)[{index}]
            if type(v) not in clean:
                v = admit(v)
        except BaseException as e:
            annotate(e, f, P)
            raise
        return v
    return {name}
"""


@expr_compiler(ast.Subscript)
def compile_subscript(c: Compiler, node: ast.Subscript) -> Closure:
    value = c.expr(node.value)
    P = c.pos(node)
    fw = c.env.firewall
    const = c.specialise and isinstance(node.slice, ast.Constant)
    source = _SUBSCRIPT.format(name="subscript_const" if const else "subscript",
                               index="k" if const else "index(f)")
    index = None if const else c.expr(node.slice)
    k = node.slice.value if const else None  # type: ignore[attr-defined]
    return c.template(source, source)(value, index, k, P, annotate, fw.clean, fw.admit)


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


def build_items(parts: list[tuple[bool, Closure]], f: list, clean: set[type],
                admit: Any) -> list[Any]:
    """Items of a display with ``*iterables``; expanded items pass the firewall."""
    out: list[Any] = []
    for star, e in parts:
        if star:
            for x in e(f):
                if type(x) not in clean:
                    x = admit(x)
                out.append(x)
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

    clean, admit = c.env.firewall.clean, c.env.firewall.admit

    def list_star(f: list) -> Any:
        return build_items(parts, f, clean, admit)
    return list_star


@expr_compiler(ast.Tuple)
def compile_tuple(c: Compiler, node: ast.Tuple) -> Closure:
    parts, star = _starred_parts(c, node.elts)
    if not star:
        items = [e for _, e in parts]
        if c.specialise and len(items) == 2:
            a, b = items

            def tuple2(f: list) -> Any:
                return (a(f), b(f))
            return tuple2

        def tuple_(f: list) -> Any:
            return tuple([e(f) for e in items])
        return tuple_

    clean, admit = c.env.firewall.clean, c.env.firewall.admit

    def tuple_star(f: list) -> Any:
        return tuple(build_items(parts, f, clean, admit))
    return tuple_star


@expr_compiler(ast.Set)
def compile_set(c: Compiler, node: ast.Set) -> Closure:
    parts, _ = _starred_parts(c, node.elts)
    clean, admit = c.env.firewall.clean, c.env.firewall.admit

    def set_(f: list) -> Any:
        return set(build_items(parts, f, clean, admit))
    return set_


@expr_compiler(ast.Dict)
def compile_dict(c: Compiler, node: ast.Dict) -> Closure:
    P = c.pos(node)
    items = [(c.expr(k) if k is not None else None, c.expr(v))
             for k, v in zip(node.keys, node.values, strict=True)]

    clean, admit = c.env.firewall.clean, c.env.firewall.admit

    def dict_(f: list) -> Any:
        d: dict[Any, Any] = {}
        try:
            for k, v in items:
                if k is None:
                    m = v(f)
                    if not hasattr(m, "keys"):
                        raise TypeError(f"'{type(m).__name__}' object is not a mapping")
                    for key in m.keys():
                        x = m[key]
                        if type(key) not in clean:
                            key = admit(key)
                        if type(x) not in clean:
                            x = admit(x)
                        d[key] = x
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


