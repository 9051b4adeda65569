"""``try``/``except``/``else``/``finally``, ``except*`` and ``with``.

Handlers run inside a host ``except`` block, so CPython chains exceptions raised
there (``__context__``) and a bare ``raise`` finds the handled exception.  Limit
errors are never matched by user handlers; ``finally`` still runs for them but
cannot swallow them.
"""

from __future__ import annotations

import ast
from typing import Any

from ..errors import LimitExceeded
from ..tracebacks import annotate
from . import skeletons
from .core import Closure, Compiler, stmt_compiler
from .targets import store_target


def _handler_types(value: Any) -> Any:
    items = value if isinstance(value, tuple) else (value,)
    for t in items:
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException "
                            "is not allowed")
    return value


def _compile_handlers(c: Compiler, handlers: list[ast.ExceptHandler]) -> list[Any]:
    out = []
    for h in handlers:
        match = c.expr(h.type) if h.type is not None else None
        store = c.store_name(h.name) if h.name else None
        unbind = c.delete_name(h.name) if h.name else None
        out.append((match, store, unbind, c.block(h.body), c.pos(h.type or h)))
    return out


def matching_handler(f: list, e: BaseException, handlers: list[Any]) -> Any:
    """The first ``except`` clause that matches ``e`` (types evaluated lazily, in order)."""
    for handler in handlers:
        match = handler[0]
        if match is not None:
            try:
                types_ = _handler_types(match(f))
            except BaseException as err:
                annotate(err, f, handler[4])
                raise
            if not isinstance(e, types_):
                continue
        return handler
    return None


def matching_index(f: list, e: BaseException, handlers: tuple[tuple[Any, Any], ...]) -> int:
    """For generated code: the index of the first ``except`` clause matching ``e``, or -1.
    ``handlers`` holds (type closure or None, position) pairs, evaluated lazily in order."""
    for i, (match, P) in enumerate(handlers):
        if match is None:
            return i
        try:
            types_ = _handler_types(match(f))
        except BaseException as err:
            annotate(err, f, P)
            raise
        if isinstance(e, types_):
            return i
    return -1


def handler_matches(e: BaseException, types_: Any) -> bool:
    """For generated code: whether an ``except`` clause of type(s) ``types_`` catches ``e``."""
    return isinstance(e, _handler_types(types_))


def with_opener(c: Compiler, ctx_expr: ast.expr, is_async: bool) -> Any:
    """For generated code: ``opener(f) -> (manager, exit, value)``, entering the context
    (``__enter__``, or awaiting ``__aenter__``) with errors shown at the expression."""
    from .suspension import await_value

    ctx = c.expr(ctx_expr)
    P = c.pos(ctx_expr)
    fw = c.env.firewall
    clean, admit, rt = fw.clean, fw.admit, c.rt
    enter_name, exit_name = ("__aenter__", "__aexit__") if is_async else ("__enter__",
                                                                           "__exit__")
    what = "asynchronous context manager" if is_async else "context manager"

    def opener(f: list) -> tuple[Any, Any, Any]:
        try:
            mgr = ctx(f)
            t = type(mgr)
            enter = getattr(t, enter_name, None)
            exit_ = getattr(t, exit_name, None)
            if enter is None or exit_ is None:
                raise TypeError(f"'{t.__name__}' object does not support the {what} protocol"
                                + (f" (missed {exit_name} method)" if enter is not None else ""))
            v = await_value(rt, enter(mgr)) if is_async else enter(mgr)
            if type(v) not in clean:
                v = admit(v)
        except BaseException as e:
            annotate(e, f, P)
            raise
        return mgr, exit_, v
    return opener


def _run_handler(f: list, e: BaseException, store: Any, unbind: Any, body: Closure) -> Any:
    if store is None:
        return body(f)
    store(f, e)
    try:
        return body(f)
    finally:
        try:
            unbind(f)
        except NameError:
            pass


@stmt_compiler(ast.Try)
def compile_try(c: Compiler, node: ast.Try) -> Closure:
    handlers = _compile_handlers(c, node.handlers)
    return try_statement(c, c.block(node.body), handlers,
                         c.block(node.orelse) if node.orelse else None,
                         c.block(node.finalbody) if node.finalbody else None)


def try_statement(c: Compiler, body: Any, handlers: list[Any], orelse: Any, final: Any,
                  y: str = skeletons.PLAIN) -> Any:
    """``try`` from the skeletons: except/else, then finally around it (``y``: plain or
    direct-generator parts)."""
    inner = body
    if handlers:
        src = skeletons.try_source(orelse is not None, y)
        inner = c.template(src, src)(*skeletons.try_args(body, handlers, orelse,
                                                        matching_handler))
    elif orelse is not None:  # pragma: no cover - 'else' needs 'except' (SyntaxError)
        raise c.unsupported(c.scope.node)
    return with_finally(c, inner, final, y)


def with_finally(c: Compiler, inner: Any, final: Any, y: str = skeletons.PLAIN) -> Any:
    if final is None:
        return inner
    src = skeletons.finally_source(y)
    return c.template(src, src)(*skeletons.finally_args(inner, final))


@stmt_compiler(ast.TryStar)
def compile_try_star(c: Compiler, node: Any) -> Closure:
    body = c.block(node.body)
    handlers = _compile_handlers(c, node.handlers)
    orelse = c.block(node.orelse) if node.orelse else None

    def try_star(f: list) -> Any:
        try:
            r = body(f)
        except BaseException as e:
            if isinstance(e, LimitExceeded):
                raise
            _handle_group(f, e, handlers)
            return None
        if r is None and orelse is not None:
            return orelse(f)
        return r
    return with_finally(c, try_star, c.block(node.finalbody) if node.finalbody else None)


def _leaves(e: BaseException) -> list[BaseException]:
    if isinstance(e, BaseExceptionGroup):
        return [x for sub in e.exceptions for x in _leaves(sub)]
    return [e]


def _run_star_handler(f: list, matched: BaseException, store: Any, unbind: Any,
                      body: Closure) -> Any:
    """Run an ``except*`` handler with ``matched`` as the exception being handled."""
    context, tb = matched.__context__, matched.__traceback__
    try:
        raise matched
    except BaseException:
        matched.__context__, matched.__traceback__ = context, tb
        return _run_handler(f, matched, store, unbind, body)


def _handle_group(f: list, e: BaseException, handlers: list[Any]) -> None:
    """``except*``: split the group among handlers, re-raise what is left, combined as
    CPython 3.11 combines it (``_PyExc_PrepReraiseStar``): for a naked exception, what
    its one handler raised (or the exception itself, unmatched); for a group, the new
    exceptions plus the re-raised part of the group, bare when that is one exception."""
    naked = not isinstance(e, BaseExceptionGroup)
    orig: BaseExceptionGroup = BaseExceptionGroup("", (e,)) if naked else e  # type: ignore
    rest: BaseExceptionGroup | None = orig
    keep: set[int] = set()  # leaves re-raised as they were
    new: list[BaseException] = []
    for match, store, unbind, hbody, P in handlers:
        if rest is None:
            break
        try:
            types_ = _handler_types(match(f))
        except BaseException as err:
            annotate(err, f, P)
            raise
        group_types = types_ if isinstance(types_, tuple) else (types_,)
        if any(issubclass(t, BaseExceptionGroup) for t in group_types):
            raise TypeError("catching ExceptionGroup with except* is not allowed. "
                            "Use except instead.")
        if naked and rest is orig:
            matched, rest = (BaseExceptionGroup("", (e,)), None) if isinstance(e, types_) \
                else (None, rest)
        else:
            matched, rest = rest.split(types_)
        if matched is None:
            continue
        try:
            _run_star_handler(f, matched, store, unbind, hbody)
        except BaseException as err:
            if naked:
                raise  # a naked exception has one handler: what it raised goes on
            if err is matched:
                keep.update(id(x) for x in _leaves(matched))
            else:
                new.append(err)
    if naked:
        if rest is not None:
            raise e
        return
    if rest is not None:
        keep.update(id(x) for x in _leaves(rest))
    kept = orig.split(lambda x: id(x) in keep)[0] if keep else None
    raised = new + ([kept] if kept is not None else [])
    if not raised:
        return
    if len(raised) == 1:
        raise raised[0]
    raise BaseExceptionGroup("", raised)


@stmt_compiler(ast.With)
def compile_with(c: Compiler, node: ast.With) -> Closure:
    return with_statement(c, node.items, c.block(node.body), is_async=False)


def with_statement(c: Compiler, items: list[ast.withitem], body: Any, is_async: bool,
                   y: str = skeletons.PLAIN, await_value: Any = None) -> Any:
    """``with a, b:`` is ``with a: with b:``; each item from the one with-skeleton."""
    src = skeletons.with_source(is_async, y)
    make = c.template(src, src)
    for item in reversed(items):
        ctx = c.expr(item.context_expr)
        store = store_target(c, item.optional_vars) if item.optional_vars is not None \
            else None
        body = make(*skeletons.with_args(c.rt, ctx, store, body, c.pos(item.context_expr),
                                         c.env.firewall, await_value))
    return body
