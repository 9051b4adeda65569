"""``def`` and ``lambda``: user functions are real Python functions.

Each definition gets a generated host *trampoline* with exactly the user's
signature, so CPython itself binds arguments (with its own error messages),
methods bind natively, and ``functools``, ``dataclasses`` and ``inspect`` see a
normal function.  The trampoline is the whole call: it admits the arguments
through the firewall (host code calls sandbox functions too), enters the frame
(depth check and tick, the frame-entry skeleton), builds the frame list and runs
the compiled body, so a sandbox call costs one host frame plus the body's.  Its
``__globals__`` are the session's generated-code globals (the session namespace is a
constant of the code) and its host internals (``__code__``, ``__globals__``,
``__closure__``...) are denied by the guard.
"""

from __future__ import annotations

import ast
import copy
from typing import Any

from ..runtime import RETURN, UNBOUND, Cell, Runtime
from ..scope import Scope
from ..security.annotations import check_annotation
from ..security.guard import SANDBOX_CODES, TWIN_KEY
from ..tracebacks import annotate
from . import skeletons, suspension
from .blocks import (
    BODY,
    TRAMPOLINE,
    BlockGen,
    block_function,
    compile_generated,
    fast_locals_allowed,
    internal_prefix,
)
from .core import Closure, Compiler, expr_compiler, stmt_compiler
from .direct_generators import direct_async_generator_runner, direct_generator_runner


@stmt_compiler(ast.FunctionDef, ast.AsyncFunctionDef)
def compile_funcdef(c: Compiler, node: ast.FunctionDef | ast.AsyncFunctionDef) -> Closure:
    decorators = c.exprs(node.decorator_list)
    maker = function_maker(c, node, node.name)
    store = c.store_name(node.name)

    def funcdef(f: list) -> None:
        decs = [d(f) for d in decorators]
        fn = maker(f)
        for d in reversed(decs):
            fn = d(fn)
        store(f, fn)
    return funcdef


@expr_compiler(ast.Lambda)
def compile_lambda(c: Compiler, node: ast.Lambda) -> Closure:
    return function_maker(c, node, "<lambda>")


def _signature_source(args: ast.arguments, scope: Scope) -> tuple[str, list[str]]:
    """The trampoline's parameter list and the names in slot order."""
    args = _mangled(args, scope)
    parts: list[str] = []
    names: list[str] = []
    positional = args.posonlyargs + args.args
    n_defaults = len(args.defaults)
    first_default = len(positional) - n_defaults
    for i, a in enumerate(positional):
        parts.append(a.arg + ("=None" if i >= first_default else ""))
        names.append(a.arg)
        if args.posonlyargs and i == len(args.posonlyargs) - 1:
            parts.append("/")
    if args.vararg:
        parts.append("*" + args.vararg.arg)
        names.append(args.vararg.arg)
    elif args.kwonlyargs:
        parts.append("*")
    for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        parts.append(a.arg + ("=None" if d is not None else ""))
        names.append(a.arg)
    if args.kwarg:
        parts.append("**" + args.kwarg.arg)
        names.append(args.kwarg.arg)
    return ", ".join(parts), names


def _mangled(args: ast.arguments, scope: Scope) -> ast.arguments:
    """``args`` with the parameter names mangled (shallow copies: only names change)."""
    def arg(a: ast.arg | None) -> ast.arg | None:
        if a is None:
            return None
        out = copy.copy(a)
        out.arg = scope.mangle(a.arg)
        return out
    return ast.arguments(posonlyargs=[arg(a) for a in args.posonlyargs],
                         args=[arg(a) for a in args.args], vararg=arg(args.vararg),
                         kwonlyargs=[arg(a) for a in args.kwonlyargs],
                         kw_defaults=list(args.kw_defaults), kwarg=arg(args.kwarg),
                         defaults=list(args.defaults))


#: The trampoline's own names (with a prefix that no user parameter starts with).
_INTERNAL = ("B", "RT", "FC", "C", "U", "RETURN", "CLEAN", "ADMIT", "REC", "D", "F", "X",
             "TYPE")


def _internal_names(prefix: str) -> dict[str, str]:
    return {n: f"{prefix}_{n}" for n in _INTERNAL}


def _frame_source(scope: Scope, params: list[str], n: dict[str, str],
                  cells_only: bool = False) -> str:
    """The list display that builds a fresh frame inside the trampoline (``cells_only``:
    with fast locals, the frame list keeps the cells alone, at their slots)."""
    items = ["None"]
    by_slot = sorted(scope.slots.items(), key=lambda kv: kv[1])
    free_start = None
    for name, slot in by_slot:
        if name in scope.free:
            free_start = slot if free_start is None else free_start
            continue
        if name in params:
            items.append(f"{n['C']}({name})" if name in scope.cells else
                         n["U"] if cells_only else name)
        else:
            items.append(f"{n['C']}()" if name in scope.cells else n["U"])
    if free_start is not None:
        items.append(f"*{n['FC']}")
    return "[" + ", ".join(items) + "]"


def _reenter_args(ident: str, args: ast.arguments) -> str:
    """The trampoline calling itself again with its arguments as they were bound
    (``rt.reenter``: a call the host makes between executions runs in a slice)."""
    parts = [ident] + [a.arg for a in args.posonlyargs + args.args]
    if args.vararg:
        parts.append("*" + args.vararg.arg)
    parts += [f"{a.arg}={a.arg}" for a in args.kwonlyargs]
    if args.kwarg:
        parts.append("**" + args.kwarg.arg)
    return ", ".join(parts)


def _admit_source(args: ast.arguments, n: dict[str, str]) -> str:
    """Arguments pass the firewall: host code (``sorted(key=f)``...) calls these too."""
    lines = []
    for a in args.posonlyargs + args.args + args.kwonlyargs:
        lines.append(f"        if {n['TYPE']}({a.arg}) not in {n['CLEAN']}:\n"
                     f"            {a.arg} = {n['ADMIT']}({a.arg})")
    if args.vararg:
        lines.append(f"        for {n['X']} in {args.vararg.arg}:\n"
                     f"            if {n['TYPE']}({n['X']}) not in {n['CLEAN']}:\n"
                     f"                {n['ADMIT']}({n['X']})")
    if args.kwarg:
        lines.append(f"        for {n['X']} in {args.kwarg.arg}.values():\n"
                     f"            if {n['TYPE']}({n['X']}) not in {n['CLEAN']}:\n"
                     f"                {n['ADMIT']}({n['X']})")
    return "\n".join(lines)


_TRAMPOLINE = """
def make({B}, {RT}, {FC}, {C}, {U}, {RETURN}, {CLEAN}, {ADMIT}, {REC}, {TYPE}{consts}):
    {asyn}def {ident}({signature}):
{admit}
{body}
    return {ident}
"""
#: The body of a call whose statements are generated inline (``blocks.py``).
_INLINE_BODY = """\
{entry}
        {F} = {frame}
        try:
{code}
        finally:
            {RT}.depth = {D} - 1"""
#: The same with fast locals: the sandbox frame's variables are the host function's.
#: ``if False`` makes every one of them local to it (never run, so unbound).
_FAST_BODY = """\
{entry}
        if False:
            {locals} = None{cells}
        try:
{code}
        finally:
            {RT}.depth = {D} - 1"""
#: The body of a plain call: frame entry, frame, compiled body; ``RETURN`` carries
#: the value in slot 0.  ``value`` bodies (``return expr`` alone, lambdas) return it.
_PLAIN_BODY = """\
{entry}
        {F} = {frame}
        try:
            if {B}({F}) is {RETURN}:
                return {F}[0]
            return None
        finally:
            {RT}.depth = {D} - 1"""
_VALUE_BODY = """\
{entry}
        try:
            return {B}({frame})
        finally:
            {RT}.depth = {D} - 1"""
#: Generators and coroutines enter their frame when they first run (``run_body``).
_SUSPENDABLE_BODY = """\
        return {aw}{B}({frame})"""


def _inline_block(cc: Compiler, scope: Scope, args: ast.arguments,
                  statements: list[ast.stmt]) -> tuple[BlockGen, str]:
    """The generated statements of a function body: with fast locals where nothing in
    it needs the frame list (no cells, no closure-compiled construct), else with it."""
    params = _signature_source(args, scope)[1]
    if fast_locals_allowed(scope):
        prefix = internal_prefix(params + list(scope.slots))
        gen = BlockGen(cc, TRAMPOLINE, prefix + "_", frame=f"{prefix}_F", fast_locals=True)
        code = "\n".join(gen.source(statements, 3))
        if not gen.needs_frame:
            return gen, code
    prefix = internal_prefix(params)
    gen = BlockGen(cc, TRAMPOLINE, prefix + "_", frame=f"{prefix}_F")
    return gen, "\n".join(gen.source(statements, 3))


def _trampoline_factory(c: Compiler, scope: Scope, args: ast.arguments, name: str,
                        kind: str, gen: BlockGen | None = None,
                        code: str | None = None,
                        synchronous: bool = False) -> Any:
    """``kind``: ``plain``, ``value`` (the body is an expression), ``inline`` (the body's
    statements are ``gen``'s generated code), or ``suspendable``."""
    signature, params = _signature_source(args, scope)
    prefix = gen.p[:-1] if gen is not None else internal_prefix(params)
    n = _internal_names(prefix)
    frame = _frame_source(scope, params, n)
    # internal, so never a global read by name (``ExprGen._global_by_name``)
    ident = f"{prefix}_{name}" if name.isidentifier() else f"{prefix}_lambda"
    coroutine = scope.is_async and not scope.is_generator and not synchronous
    entry = skeletons.frame_entry(d=n["D"], rt=n["RT"], level=2,
                                  reenter=_reenter_args(ident, _mangled(args, scope)))
    entry = entry.rstrip("\n")
    consts = ""
    if kind == "suspendable":
        body = _SUSPENDABLE_BODY.format(aw="await " if coroutine else "", frame=frame, **n)
    elif kind == "inline":
        assert gen is not None and code is not None
        if gen.fast_locals:
            names = [v for v in scope.slots if v not in params] or [n["X"]]
            cells = (f"\n        {n['F']} = {_frame_source(scope, params, n, cells_only=True)}"
                     if scope.cells else "")
            body = _FAST_BODY.format(entry=entry, code=code, locals=" = ".join(names),
                                     cells=cells, **n)
        else:
            body = _INLINE_BODY.format(entry=entry, frame=frame, code=code, **n)
        consts = "".join(f", {gen.p}K{i}" for i in range(len(gen.consts)))
    else:
        template = _VALUE_BODY if kind == "value" else _PLAIN_BODY
        body = template.format(entry=entry, frame=frame, **n)
    src = _TRAMPOLINE.format(asyn="async " if coroutine else "", ident=ident,
                             signature=signature, admit=_admit_source(_mangled(args, scope), n),
                             body=body, consts=consts, **n)
    return compile_generated(c, src)


def function_maker(c: Compiler, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda,
                   name: str) -> Closure:
    """A closure that creates the function object each time the definition runs."""
    scope = c.scopes[node]
    cc = c.child(node, name)
    args = node.args
    doc = None
    if isinstance(node, ast.Lambda) and scope.is_generator:  # lambda: (yield)
        kind = "suspendable"
        run = _suspendable_runner(c.rt, _return_body(cc, node.body), scope, name)
    elif isinstance(node, ast.Lambda):
        kind, run = ("inline", None) if c.specialise else (
            "value", _value_body(cc, node.body, node.body))
    else:
        first = node.body[0]
        doc = (first.value.value if isinstance(first, ast.Expr)
               and isinstance(first.value, ast.Constant)
               and isinstance(first.value.value, str) else None)
        if scope.is_generator or scope.is_async:
            kind = "suspendable"
            run = None
            if scope.is_generator and not scope.is_async:
                run = direct_generator_runner(cc, node, name)  # type: ignore[arg-type]
            elif scope.is_generator:
                run = direct_async_generator_runner(cc, node, name)  # type: ignore[arg-type]
            if run is None:
                body = block_function(cc, node.body, BODY, "body") if c.specialise \
                    else cc.block(node.body)
                run = _suspendable_runner(c.rt, body, scope, name)
        elif c.specialise:
            kind, run = "inline", None
        else:
            kind, run = "plain", cc.block(node.body)
    gen = code = None
    if kind == "inline":
        gen, code = _inline_block(cc, scope, args, _statements(node))
    factory = _trampoline_factory(c, scope, args, name, kind, gen, code)
    consts = tuple(gen.consts) if gen is not None else ()
    # ``await f(...)`` of a sandbox coroutine function runs its body right there, in the
    # awaiting body: a synchronous twin of the trampoline, compiled from the same
    # statements, binds the arguments the same way (same signature, same defaults) and
    # runs them inline; its awaits suspend the awaiting greenlet (``twin_of``).
    twin_factory = None
    twin_consts: tuple[Any, ...] = ()
    if scope.is_async and not scope.is_generator and c.specialise:
        twin_gen, twin_code = _inline_block(c.child(node, name), scope, args,
                                            _statements(node))
        twin_factory = _trampoline_factory(c, scope, args, name, "inline", twin_gen,
                                           twin_code, synchronous=True)
        twin_consts = tuple(twin_gen.consts)
    qualname = c.scope.qualname_prefix() + name
    defaults = c.exprs(args.defaults)
    kw_defaults = [(scope.mangle(a.arg), c.expr(d))
                   for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
                   if d is not None]
    annotations = _annotation_closures(c, node)
    free_loads = _free_cell_loads(c, scope)
    module_name = c.env.globals.get("__name__", "__main__")
    rt = c.rt
    fw = c.env.firewall
    clean, admit = fw.clean, fw.admit

    def make_function(f: list) -> Any:
        defs = tuple([d(f) for d in defaults])
        kwdefs = {k: d(f) for k, d in kw_defaults}
        anns = {k: a(f) for k, a in annotations}
        cells = tuple([load(f) for load in free_loads])
        fn = factory(run, rt, cells, Cell, UNBOUND, RETURN, clean, admit, RecursionError, type,
                     *consts)
        SANDBOX_CODES[id(fn.__code__)] = fn.__code__
        fn.__name__ = name
        fn.__qualname__ = qualname
        fn.__module__ = module_name
        if defs:
            fn.__defaults__ = defs
        if kwdefs:
            fn.__kwdefaults__ = kwdefs
        if doc is not None:
            fn.__doc__ = doc
        if anns:
            for v in anns.values():
                check_annotation(v)
            fn.__annotations__ = anns
        if twin_factory is not None:
            twin = twin_factory(None, rt, cells, Cell, UNBOUND, RETURN, clean, admit,
                                RecursionError, type, *twin_consts)
            SANDBOX_CODES[id(twin.__code__)] = twin.__code__
            twin.__defaults__ = fn.__defaults__
            twin.__kwdefaults__ = fn.__kwdefaults__
            twin.__name__, twin.__qualname__ = name, qualname  # binding errors' words
            twin.__module__ = module_name
            fn.__dict__[TWIN_KEY] = twin
        return fn
    return make_function


def _free_cell_loads(c: Compiler, scope: Scope) -> list[Closure]:
    """Where the defining frame keeps each free variable's cell, in slot order."""
    loads = []
    for name, _slot in sorted(scope.slots.items(), key=lambda kv: kv[1]):
        if name not in scope.free:
            continue
        outer = c.scope.slots.get(name)
        if outer is None:
            raise c.unsupported(scope.node)  # pragma: no cover - scope analysis bug
        loads.append(_cell_loader(outer))
    return loads


def _cell_loader(slot: int) -> Closure:
    def load_cell_object(f: list) -> Any:
        return f[slot]
    return load_cell_object


def _annotation_closures(c: Compiler, node: Any) -> list[tuple[str, Closure]]:
    if isinstance(node, ast.Lambda) or c.env.ignore_typing:
        return []
    a = node.args
    out: list[tuple[str, Closure]] = []
    pairs = [(x.arg, x.annotation) for x in a.posonlyargs + a.args]
    if a.vararg:
        pairs.append((a.vararg.arg, a.vararg.annotation))
    pairs += [(x.arg, x.annotation) for x in a.kwonlyargs]
    if a.kwarg:
        pairs.append((a.kwarg.arg, a.kwarg.annotation))
    pairs.append(("return", node.returns))
    for name, ann in pairs:
        if ann is None:
            continue
        if c.env.future_annotations:
            text = ast.unparse(ann)
            out.append((name, (lambda t: lambda f: t)(text)))
        else:
            out.append((name, c.expr(ann)))
    return out


def _statements(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> list[ast.stmt]:
    """The body as statements (a lambda's is ``return <expr>``)."""
    if isinstance(node, ast.Lambda):
        return [ast.copy_location(ast.Return(value=node.body), node.body)]
    return node.body


def _value_body(c: Compiler, expr: ast.expr, where: ast.AST) -> Closure:
    """The expression a ``value`` trampoline returns, annotated at its position."""
    value = c.expr(expr)
    P = c.pos(where)

    def value_body(f: list) -> Any:
        try:
            return value(f)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return value_body


def _return_body(c: Compiler, expr: ast.expr) -> Closure:
    """A body that is ``return expr`` (a generator lambda's value ends its generator)."""
    value = _value_body(c, expr, expr)

    def return_body(f: list) -> Any:
        f[0] = value(f)
        return RETURN
    return return_body


def _suspendable_runner(rt: Runtime, body: Closure, scope: Scope, name: str) -> Closure:
    """What a generator, coroutine or async generator trampoline hands its frame to."""
    if scope.is_generator and scope.is_async:
        return suspension.async_generator_runner(rt, body, name)
    if scope.is_generator:
        return suspension.generator_runner(rt, body, name)
    return suspension.coroutine_runner(rt, body, name)
