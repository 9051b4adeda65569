"""Calls: every call shape is one template, with one pre-call hook and one firewall.

A call closure evaluates the callee and the arguments, calls through the callee's
guard when it has one (``security/precall.py``: size and work checks of C-level calls
such as ``sum(range(10**12))``, ``sep.join(huge)``; the guard makes the call), and
passes the result through the firewall (``admit_result``: containers handed back by
host callables are looked into).  The shapes differ only in how arguments are evaluated and passed:

* fixed positional and keyword arguments (``f(a, b, key=c)``): one local per value;
* anything with ``*args`` or ``**kwargs``: built at run time (the generic shape, the
  only one when the compiler's specialisations are off);
* ``obj.name(...)``: the method is looked up and its binding checked without building
  a new firewall entry for every bound method.
"""

from __future__ import annotations

import ast
import types
from typing import Any

from ..runtime import UNBOUND, Cell
from ..scope import GLOBAL
from ..security.guard import guarded_getattr, plain_name
from ..security.precall import BOUND_METHODS, METHOD_PRECALL, PRECALL, guarded
from ..tracebacks import annotate
from .core import Closure, Compiler, expr_compiler

#: Fixed-arity call shapes compiled to their own closures (beyond that: generic).
MAX_FIXED_ARGS = 6

_CALL = """
def make(func, obj, args, kwvalues, build, P, annotate, rt, PRE, MGUARD, guarded, clean,
         rclean, admit, admit_result, BMETH, PYMETH, FUNC, MODULE, callees, admit_callee,
         name, g, b, guarded_getattr, PRE_NAMES, BOUND):
    def {fname}(f):
        try:
{callee}
{evaluate}
{call}
        except BaseException as e:
            annotate(e, f, P)
            raise
        if type(r) not in rclean:
            r = admit_result(fn, r, {args_tuple})
        return r
    return {fname}
"""

_CALLEE_EXPR = """\
            fn = func(f)"""
_CALLEE_GLOBAL = """\
            if name in g:
                fn = g[name]
            elif name in b:
                fn = b[name]
            else:
                fn = func(f)"""
_CALLEE_METHOD = """\
            o = obj(f)
            fn = {lookup}
            t = type(fn)
            if t is BMETH:
                s = fn.__self__
                if s is not o and (type(s) is not MODULE or fn not in callees):
                    fn = admit_callee(fn)
            elif t is PYMETH:
                if fn.__self__ is not o or fn.__func__ not in callees:
                    fn = admit_callee(fn)
            elif t is FUNC:
                if fn not in callees:
                    fn = admit_callee(fn)
            elif t not in clean:
                fn = admit(fn)"""
#: A call: through the callee's guard if it has one (the guard makes the call).
_CALL_PLAIN = """\
            if id(fn) in PRE or (type(fn) in BOUND and fn.__name__ in PRE_NAMES):
                r = guarded(rt, None, fn, {args_tuple}, {kwargs_dict})
            else:
                r = fn({passing})"""
#: ``obj.name(...)`` whose name has a guard (``sep.join``): always through it.
_CALL_METHOD = """\
            r = MGUARD(rt, fn, {args_tuple}, {kwargs_dict})"""


def _call_source(callee: str, evaluate: str, call: str, fname: str, args_tuple: str) -> str:
    return _CALL.format(callee=callee, evaluate=evaluate, call=call, fname=fname,
                        args_tuple=args_tuple)


@expr_compiler(ast.Call)
def compile_call(c: Compiler, node: ast.Call) -> Closure:
    special = _special_call(c, node)
    if special is not None:
        return special
    P = c.pos(node)
    fw = c.env.firewall
    fixed = c.specialise and not any(isinstance(a, ast.Starred) for a in node.args) and \
        all(k.arg is not None for k in node.keywords) and \
        len(node.args) + len(node.keywords) <= MAX_FIXED_ARGS
    func = obj = None
    name: str | None = None
    method_name: str | None = None
    lookup = ""
    callee_node = node.func
    if isinstance(callee_node, ast.Attribute):
        method_name = c.scope.mangle(callee_node.attr)
    if c.specialise and isinstance(callee_node, ast.Attribute):
        obj = c.expr(callee_node.value)
        lookup = f"o.{method_name}" if plain_name(method_name) else "guarded_getattr(o, name)"
        name = method_name
        callee = _CALLEE_METHOD.format(lookup=lookup)
    elif c.specialise and isinstance(callee_node, ast.Name) and \
            c.scope.resolve(c.scope.mangle(callee_node.id))[0] == GLOBAL:
        name = c.scope.mangle(callee_node.id)
        func = c.expr(callee_node)
        callee = _CALLEE_GLOBAL
    else:
        func = c.expr(callee_node)
        callee = _CALLEE_EXPR
    mguard = METHOD_PRECALL.get(method_name) if method_name is not None else None
    if fixed:
        values = [c.expr(a) for a in node.args]
        keywords = [(k.arg, c.expr(k.value)) for k in node.keywords]
        lines = [f"            x{i} = args[{i}](f)" for i in range(len(values))]
        lines += [f"            k{i} = kwvalues[{i}](f)" for i in range(len(keywords))]
        positional = [f"x{i}" for i in range(len(values))]
        named = [f"{k}=k{i}" for i, (k, _) in enumerate(keywords)]
        args_tuple = "(" + "".join(p + ", " for p in positional) + ")"
        kwargs_dict = ("{" + ", ".join(f"{k!r}: k{i}" for i, (k, _) in enumerate(keywords))
                       + "}") if keywords else "None"
        passing = ", ".join(positional + named)
        build = None
        kwvalues = tuple(v for _, v in keywords)
        arg_closures: Any = tuple(values)
    else:
        lines = ["            xs, kw = build(f, fn)"]
        args_tuple, kwargs_dict, passing = "xs", "kw", "*xs, **kw"
        build = _argument_builder(c, node)
        kwvalues = ()
        arg_closures = ()
    evaluate = "\n".join(lines)
    template = _CALL_METHOD if mguard is not None else _CALL_PLAIN
    call = template.format(args_tuple=args_tuple, kwargs_dict=kwargs_dict, passing=passing)
    shape = "method" if obj is not None else "global" if callee == _CALLEE_GLOBAL else "expr"
    fname = f"call_{shape}_{len(node.args)}" if fixed else f"call_{shape}_generic"
    source = _call_source(callee, evaluate, call, fname, args_tuple)
    make = c.template(source, source)
    return make(func, obj, arg_closures, kwvalues, build, P, annotate, c.rt, PRECALL, mguard,
                guarded, fw.clean, fw.result_clean, fw.admit, fw.admit_result,
                types.BuiltinFunctionType, types.MethodType, types.FunctionType,
                types.ModuleType, fw.callees, fw.admit_callee, name, c.env.globals,
                c.env.builtins, guarded_getattr, METHOD_PRECALL, BOUND_METHODS)


def _argument_builder(c: Compiler, node: ast.Call) -> Any:
    """``(args, kwargs)`` of a call with any mix of ``*``, ``**`` and keywords."""
    parts = [(isinstance(a, ast.Starred), c.expr(a.value if isinstance(a, ast.Starred) else a))
             for a in node.args]
    kw_parts = [(c.scope.mangle(k.arg) if k.arg else None, c.expr(k.value))
                for k in node.keywords]
    fw = c.env.firewall
    clean, admit = fw.clean, fw.admit

    def build(f: list, fn: Any) -> tuple[list[Any], dict[str, Any]]:
        args = star_items(fn, parts, f, clean, admit)
        kwargs: dict[str, Any] = {}
        for name, e in kw_parts:
            if name is not None:
                if name in kwargs:
                    raise TypeError(f"{callable_str(fn)} got multiple values for keyword "
                                    f"argument '{name}'")
                kwargs[name] = e(f)
                continue
            m = e(f)
            if not hasattr(m, "keys"):
                raise TypeError(f"{callable_str(fn)} argument after ** must be a mapping, "
                                f"not {type(m).__name__}")
            for k in m.keys():
                if k in kwargs:
                    raise TypeError(f"{callable_str(fn)} got multiple values for keyword "
                                    f"argument '{k}'")
                v = m[k]
                if type(v) not in clean:
                    v = admit(v)
                kwargs[k] = v
        return args, kwargs
    return build


def star_items(fn: Any, parts: list[tuple[bool, Closure]], f: list, clean: set[type],
               admit: Any) -> list[Any]:
    """Positional arguments with ``*iterables`` expanded (each item passes the firewall)."""
    out: list[Any] = []
    for star, e in parts:
        if not star:
            out.append(e(f))
            continue
        v = e(f)
        try:
            items = list(v) if type(v) is not list else v
        except TypeError:
            if not hasattr(type(v), "__iter__"):
                raise TypeError(f"{callable_str(fn)} argument after * must be an iterable, "
                                f"not {type(v).__name__}") from None
            raise
        out.extend([x if type(x) in clean else admit(x) for x in items])
    return out


def callable_str(fn: Any) -> str:
    """How CPython names a callable in call errors (``__main__.f()``)."""
    qualname = getattr(fn, "__qualname__", None)
    module = getattr(fn, "__module__", None)
    if isinstance(qualname, str):
        if isinstance(module, str) and module != "builtins":
            return f"{module}.{qualname}()"
        return f"{qualname}()"
    return f"{type(fn).__name__} object"


# ---------------------------------------------------------------------------
# Calls that need the caller's frame: super(), locals(), vars(), dir()


def _special_call(c: Compiler, node: ast.Call) -> Closure | None:
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
                v = v.v
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
            cls = f[cls_slot].v
            if cls is UNBOUND:
                raise RuntimeError("super(): empty __class__ cell")
            obj = f[first_slot]
            if type(obj) is Cell:
                obj = obj.v
            if obj is UNBOUND:
                raise RuntimeError("super(): arg[0] deleted")
            return real(cls, obj)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return zero_arg_super
