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
            for match, store, unbind, hbody, P in handlers:
                if match is not None:
                    try:
                        types_ = _handler_types(match(f))
                    except BaseException as err:
                        annotate(err, f, P)
                        raise
                    if not isinstance(e, types_):
                        continue
                return _run_handler(f, e, store, unbind, hbody)
            raise
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


def _handle_group(f: list, e: BaseException, handlers: list[Any]) -> None:
    """``except*``: split the group among handlers, re-raise what is left."""
    naked = not isinstance(e, BaseExceptionGroup)
    rest: BaseException | None = BaseExceptionGroup("", [e]) if naked else e
    raised: list[BaseException] = []
    for match, store, unbind, hbody, P in handlers:
        if rest is None:
            break
        try:
            types_ = _handler_types(match(f))
        except BaseException as err:
            annotate(err, f, P)
            raise
        if isinstance(types_, type) and issubclass(types_, BaseExceptionGroup) or (
                isinstance(types_, tuple) and any(issubclass(t, BaseExceptionGroup)
                                                  for t in types_)):
            raise TypeError("catching ExceptionGroup with except* is not allowed. "
                            "Use except instead.")
        matched, rest = rest.split(types_)  # type: ignore[union-attr]
        if matched is None:
            continue
        try:
            _run_handler(f, matched, store, unbind, hbody)
        except BaseException as err:
            if err is matched:
                raised.append(matched)
            else:
                raised.append(err)
    if rest is not None:
        if naked and not raised:
            raise e
        raised.append(rest)
    if not raised:
        return
    if len(raised) == 1 and (raised[0] is e or (naked and raised[0] is rest)):
        raise e
    raise BaseExceptionGroup("", raised) if any(
        not isinstance(x, Exception) for x in raised) else ExceptionGroup("", raised)


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
            try:
                enter, exit_ = t.__enter__, t.__exit__
            except AttributeError:
                raise TypeError(f"'{t.__name__}' object does not support the context "
                                "manager protocol") from None
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
