"""``def`` and ``lambda``: user functions are real Python functions.

Each definition gets a generated host *trampoline* with exactly the user's
signature, so CPython itself binds arguments (with its own error messages),
methods bind natively, and ``functools``, ``dataclasses`` and ``inspect`` see a
normal function.  The trampoline only builds the frame list and calls the
compiled body; its ``__globals__`` is the session namespace and its host
internals (``__code__``, ``__closure__``...) are denied by the guard.
"""

from __future__ import annotations

import ast
from typing import Any

from ..runtime import RETURN, UNBOUND, Cell, Runtime
from ..scope import Scope
from ..security.annotations import check_annotation
from ..security.guard import USER_FUNCTIONS
from ..tracebacks import annotate
from . import suspend
from .core import Closure, Compiler, expr_compiler, stmt_compiler
from .generators import direct_generator_runner


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
    import copy

    out = copy.deepcopy(args)
    for a in out.posonlyargs + out.args + out.kwonlyargs + [out.vararg, out.kwarg]:
        if a is not None:
            a.arg = scope.mangle(a.arg)
    return out


def _frame_source(scope: Scope, params: list[str]) -> str:
    """The list display that builds a fresh frame inside the trampoline."""
    items = ["None"]
    by_slot = sorted(scope.slots.items(), key=lambda kv: kv[1])
    free_start = None
    for name, slot in by_slot:
        if name in scope.free:
            free_start = slot if free_start is None else free_start
            continue
        if name in params:
            items.append(f"__pbx_C({name})" if name in scope.cells else name)
        else:
            items.append("__pbx_C()" if name in scope.cells else "__pbx_U")
    if free_start is not None:
        items.append("*__pbx_fc")
    return "[" + ", ".join(items) + "]"


def _trampoline_factory(c: Compiler, scope: Scope, args: ast.arguments, name: str) -> Any:
    signature, params = _signature_source(args, scope)
    frame = _frame_source(scope, params)
    ident = name if name.isidentifier() else "__pbx_lambda"
    coroutine = scope.is_async and not scope.is_generator
    src = (f"def make(__pbx_run, __pbx_fc, __pbx_C, __pbx_U):\n"
           f"    {'async ' if coroutine else ''}def {ident}({signature}):\n"
           f"        return {'await ' if coroutine else ''}__pbx_run({frame})\n"
           f"    return {ident}\n")
    cache = c.env.template_cache  # per session: __globals__ is the session namespace
    factory = cache.get(src)
    if factory is None:
        ns: dict[str, Any] = {}
        exec(compile(src, "<pythonbox>", "exec"), c.env.globals, ns)  # noqa: S102
        factory = cache[src] = ns["make"]
    return factory


def function_maker(c: Compiler, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda,
                   name: str) -> Closure:
    """A closure that creates the function object each time the definition runs."""
    scope = c.scopes[node]
    cc = c.child(node, name)
    args = node.args
    if isinstance(node, ast.Lambda):
        value = cc.expr(node.body)
        P = cc.pos(node.body)

        def body(f: list) -> Any:
            try:
                f[0] = value(f)
            except BaseException as e:
                annotate(e, f, P)
                raise
            return RETURN
        doc = None
        run = _runner(c.rt, body, scope, name)
    else:
        first = node.body[0]
        doc = (first.value.value if isinstance(first, ast.Expr)
               and isinstance(first.value, ast.Constant)
               and isinstance(first.value.value, str) else None)
        direct = None
        if scope.is_generator and not scope.is_async:
            direct = direct_generator_runner(cc, node, name)  # type: ignore[arg-type]
        elif not scope.is_async and _single_return(node.body):
            direct = _return_runner(cc, c.rt, node.body[0])  # type: ignore[arg-type]
        run = direct or _runner(c.rt, cc.block(node.body), scope, name)
    factory = _trampoline_factory(c, scope, args, name)
    qualname = c.scope.qualname_prefix() + name
    defaults = c.exprs(args.defaults)
    kw_defaults = [(scope.mangle(a.arg), c.expr(d))
                   for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
                   if d is not None]
    annotations = _annotation_closures(c, node)
    free_loads = _free_cell_loads(c, scope)
    module_name = c.env.globals.get("__name__", "__main__")

    def make_function(f: list) -> Any:
        defs = tuple([d(f) for d in defaults])
        kwdefs = {k: d(f) for k, d in kw_defaults}
        anns = {k: a(f) for k, a in annotations}
        fn = factory(run, tuple([load(f) for load in free_loads]), Cell, UNBOUND)
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
        USER_FUNCTIONS.add(fn)
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


def _single_return(body: list[ast.stmt]) -> bool:
    return len(body) == 1 and isinstance(body[0], ast.Return) and body[0].value is not None


def _return_runner(c: Compiler, rt: Runtime, node: ast.Return) -> Closure:
    """``def f(...): return expr`` runs the expression directly (no statement layer)."""
    value = c.expr(node.value)  # type: ignore[arg-type]
    P = c.pos(node)

    def run_return(f: list) -> Any:
        d = rt.depth + 1
        if d > rt.max_depth:  # [wall] also the gate for calls between executions
            return rt.reenter(run_return, f)
        rt.depth = d
        try:
            rt.left -= 1
            if rt.left < 0:
                rt.tick()
            return value(f)
        except BaseException as e:
            annotate(e, f, P)
            raise
        finally:
            rt.depth = d - 1
    return run_return


def _runner(rt: Runtime, body: Closure, scope: Scope, name: str) -> Closure:
    """The function that runs a call's frame: plain, generator, coroutine or async gen."""
    if scope.is_generator and scope.is_async:
        return suspend.async_generator_runner(rt, body, name)
    if scope.is_generator:
        return suspend.generator_runner(rt, body, name)
    if scope.is_async:
        return suspend.coroutine_runner(rt, body, name)

    def run(f: list) -> Any:
        d = rt.depth + 1
        if d > rt.max_depth:  # [wall] also the gate for calls between executions
            return rt.reenter(run, f)
        rt.depth = d
        try:
            rt.left -= 1
            if rt.left < 0:
                rt.tick()
            if body(f) is RETURN:
                return f[0]
            return None
        finally:
            rt.depth = d - 1
    return run
