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
from .core import Closure, Compiler, stmt_compiler
from .statements import store_target


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
    body = c.block(node.body)
    handlers = _compile_handlers(c, node.handlers)
    orelse = c.block(node.orelse) if node.orelse else None
    final = c.block(node.finalbody) if node.finalbody else None

    def try_except(f: list) -> Any:
        try:
            r = body(f)
        except BaseException as e:
            if isinstance(e, LimitExceeded):
                raise
            handler = matching_handler(f, e, handlers)
            if handler is None:
                raise
            _, store, unbind, hbody, _ = handler
            return _run_handler(f, e, store, unbind, hbody)
        if orelse is not None:
            return orelse(f)
        return r

    inner = try_except if handlers else (lambda f: body(f))
    if final is None:
        return inner

    def try_finally(f: list) -> Any:
        try:
            r = inner(f)
        except BaseException as e:
            fr = final(f)
            if fr is not None and not isinstance(e, LimitExceeded):
                return fr  # return/break/continue in finally discards the exception
            raise
        fr = final(f)
        return fr if fr is not None else r
    return try_finally


@stmt_compiler(ast.TryStar)
def compile_try_star(c: Compiler, node: Any) -> Closure:
    body = c.block(node.body)
    handlers = _compile_handlers(c, node.handlers)
    orelse = c.block(node.orelse) if node.orelse else None
    final = c.block(node.finalbody) if node.finalbody else None

    def try_star(f: list) -> Any:
        try:
            r = body(f)
        except BaseException as e:
            if isinstance(e, LimitExceeded):
                raise
            _handle_group(f, e, handlers)
            return None
        if orelse is not None:
            return orelse(f)
        return r

    if final is None:
        return try_star

    def try_star_finally(f: list) -> Any:
        try:
            r = try_star(f)
        except BaseException as e:
            fr = final(f)
            if fr is not None and not isinstance(e, LimitExceeded):
                return fr
            raise
        fr = final(f)
        return fr if fr is not None else r
    return try_star_finally


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
    """``except*``: split the group among handlers, re-raise what is left."""
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
            if err is matched:
                keep.update(id(x) for x in _leaves(matched))
            else:
                new.append(err)
    if rest is not None:
        keep.update(id(x) for x in _leaves(rest))
    if not keep and not new:
        return
    kept = orig.split(lambda x: id(x) in keep)[0] if keep else None
    if not new:
        if naked:
            raise e
        raise kept  # type: ignore[misc]
    items = new + ([kept] if kept is not None else [])
    if all(isinstance(x, Exception) for x in items):
        raise ExceptionGroup("", items)  # type: ignore[type-var]
    raise BaseExceptionGroup("", items)


@stmt_compiler(ast.With)
def compile_with(c: Compiler, node: ast.With) -> Closure:
    body = c.block(node.body)
    for item in reversed(node.items):
        body = _with_item(c, item, body)
    return body


def _with_item(c: Compiler, item: ast.withitem, body: Closure) -> Closure:
    ctx = c.expr(item.context_expr)
    store = store_target(c, item.optional_vars) if item.optional_vars is not None else None
    P = c.pos(item.context_expr)

    def with_(f: list) -> Any:
        try:
            mgr = ctx(f)
            t = type(mgr)
            enter = getattr(t, "__enter__", None)
            exit_ = getattr(t, "__exit__", None)
            if enter is None or exit_ is None:
                raise TypeError(f"'{t.__name__}' object does not support the context "
                                "manager protocol" + (" (missed __exit__ method)"
                                                      if enter is not None else ""))
            v = enter(mgr)
        except BaseException as e:
            annotate(e, f, P)
            raise
        if store is not None:
            store(f, v)
        try:
            r = body(f)
        except BaseException as e:
            if isinstance(e, LimitExceeded):
                exit_(mgr, type(e), e, e.__traceback__)
                raise
            if not exit_(mgr, type(e), e, e.__traceback__):
                raise
            return None
        exit_(mgr, None, None, None)
        return r
    return with_
