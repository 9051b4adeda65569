"""Each construct's protocol, written once: loops, try, finally, with, frame entry.

A skeleton is Python source with holes, turned into a closure factory by
``Compiler.template``.  The holes choose how the parts run:

* ``Y``: ``""`` for plain closures (an ``await`` inside them suspends the body's
  greenlet), or ``"yield from "`` for the direct-mode generator compiler, whose
  statement closures are host generators;
* how a loop gets its next item (``for``, ``while``, ``async for``) and stores it
  (into a fast-local slot, or through a target closure);
* ``with`` or ``async with``; with or without ``else``/``finally``.

So every variant of, say, the loop step (tick, firewall, store, break, continue,
``else``) is the same text, and a fix in one is a fix in all.  No user text ever
goes into a skeleton: only our snippets, slot numbers and the ``Y`` prefix.
"""

from __future__ import annotations

from typing import Any

from ..errors import LimitExceeded
from ..runtime import BREAK, CONTINUE, RETURN
from ..tracebacks import annotate

PLAIN = ""
GENERATOR = "yield from "


def indent(text: str, level: int) -> str:
    pad = "    " * level
    return "".join(pad + line if line.strip() else line for line in text.splitlines(True))


# ---------------------------------------------------------------------------
# Frame entry: the prologue of every sandbox call

FRAME_ENTRY = """\
{d} = {rt}.depth + 1
if {d} > {rt}.max_depth:
    {too_deep}
{rt}.depth = {d}
{rt}.left -= 1
if {rt}.left < 0:
    {rt}.tick()
"""
"""Depth check and tick on entering a sandbox frame; ``try: ... finally: depth = d - 1``
must follow.  Between executions ``max_depth`` is 0, so the same test sends a call the
host makes then (a finalizer, a callback) to ``rt.reenter``, which runs it again inside
a slice of the limits.  The names are holes, so that a trampoline can use names no
user parameter has."""


def frame_entry(d: str = "d", rt: str = "rt", reenter: str = "", level: int = 0) -> str:
    """``reenter``: the call to make again inside a slice (``fn, arg, ...``); without
    one (a generator body), outside an execution the check points draw on the budget
    between executions instead."""
    if reenter:
        too_deep = f"return {rt}.reenter({reenter})"
    else:
        too_deep = (f"if {rt}.active:\n        raise RecursionError("
                    f"'maximum recursion depth exceeded')")
    return indent(FRAME_ENTRY.format(d=d, rt=rt, too_deep=too_deep), level)


_RUN_BODY = """
def make(RETURN):
    def run_body(rt, body, f):
{entry}
        try:
            if ({Y}body(f)) is RETURN:
                return f[0]
            return None
        finally:
            rt.depth -= 1  # relative: a generator may finish at another depth
    return run_body
"""


def run_body_source(y: str = PLAIN) -> str:
    """``run_body(rt, body, f)``: a whole sandbox frame (greenlet bodies, and direct
    generators with ``y = GENERATOR``)."""
    entry = frame_entry(reenter="" if y else "run_body, rt, body, f", level=2)
    return _RUN_BODY.format(entry=entry, Y=y)


# ---------------------------------------------------------------------------
# Loops

_LOOP = """
def make(rt, source, store, body, orelse, P, annotate, clean, admit, aiter_of, anext_value,
         BREAK, CONTINUE):
    def {name}(f):
{head}
{item}
            rt.left -= 1
            if rt.left < 0:
                rt.tick()
            r = {Y}body(f)
            if r is not None:
                if r is BREAK:
                    return None
                if r is not CONTINUE:
                    return r
{orelse}
        return None
    return {name}
"""
_FOR_HEAD = """\
        try:
            it = iter(source(f))
        except BaseException as e:
            annotate(e, f, P)
            raise
        for x in it:"""
_WHILE_HEAD = """\
        while source(f):"""
_ASYNC_FOR_HEAD = """\
        try:
            it = aiter_of(source(f))
        except BaseException as e:
            annotate(e, f, P)
            raise
        while True:
            try:
                x = anext_value(rt, it)
            except StopAsyncIteration:
                break"""
_ITEM = """\
            if type(x) not in clean:
                x = admit(x)
            {store}"""


def loop_source(kind: str, store_slot: int | None, has_else: bool, y: str = PLAIN) -> str:
    """``for``/``while``/``async for`` (``kind``), storing into a slot or a target."""
    head = {"for": _FOR_HEAD, "while": _WHILE_HEAD, "async for": _ASYNC_FOR_HEAD}[kind]
    if kind == "while":
        item = ""
    else:
        store = f"f[{store_slot}] = x" if store_slot is not None else "store(f, x)"
        item = _ITEM.format(store=store)
    orelse = f"        return ({y}orelse(f))" if has_else else ""
    name = kind.replace(" ", "_") + "_loop" + ("_slot" if store_slot is not None else "") + \
        ("_gen" if y else "")
    return _LOOP.format(name=name, head=head, item=item, Y=y, orelse=orelse)


def loop_args(rt: Any, source: Any, store: Any, body: Any, orelse: Any, P: Any,
              firewall: Any, aiter_of: Any = None, anext_value: Any = None) -> tuple:
    return (rt, source, store, body, orelse, P, annotate, firewall.clean, firewall.admit,
            aiter_of, anext_value, BREAK, CONTINUE)


# ---------------------------------------------------------------------------
# try / except / else, and finally

_TRY = """
def make(body, handlers, orelse, matching_handler, LimitExceeded):
    def {name}(f):
        try:
            r = {Y}body(f)
        except BaseException as e:
            if isinstance(e, LimitExceeded):
                raise
            h = matching_handler(f, e, handlers)
            if h is None:
                raise
            store = h[1]
            if store is None:
                return ({Y}h[3](f))
            store(f, e)
            try:
                return ({Y}h[3](f))
            finally:
                try:
                    h[2](f)
                except NameError:
                    pass
{orelse}
        return r
    return {name}
"""
_TRY_ELSE = """\
        if r is None:
            return ({Y}orelse(f))"""


def try_source(has_else: bool, y: str = PLAIN) -> str:
    """``try``/``except``/``else``: ``return``/``break``/``continue`` out of the body
    skip ``else``; handlers run inside the host ``except``, so exceptions they raise
    chain (``__context__``) and a bare ``raise`` finds the handled one."""
    orelse = _TRY_ELSE.format(Y=y) if has_else else ""
    return _TRY.format(name="try_except" + ("_else" if has_else else "") +
                       ("_gen" if y else ""), Y=y, orelse=orelse)


def try_args(body: Any, handlers: Any, orelse: Any, matching_handler: Any) -> tuple:
    return (body, handlers, orelse, matching_handler, LimitExceeded)


_FINALLY = """
def make(inner, final, LimitExceeded):
    def {name}(f):
        try:
            r = {Y}inner(f)
        except BaseException as e:
            fr = {Y}final(f)
            if fr is not None and not isinstance(e, LimitExceeded):
                return fr  # return/break/continue in finally discards the exception
            raise
        fr = {Y}final(f)
        return fr if fr is not None else r
    return {name}
"""


def finally_source(y: str = PLAIN) -> str:
    """``finally`` around any inner part; its own ``return``/``break``/``continue``
    overrides the inner one, as in CPython, but never swallows a limit error."""
    return _FINALLY.format(name="try_finally" + ("_gen" if y else ""), Y=y)


def finally_args(inner: Any, final: Any) -> tuple:
    return (inner, final, LimitExceeded)


# ---------------------------------------------------------------------------
# with / async with

_WITH = """
def make(rt, ctx, store, body, P, annotate, clean, admit, await_value, LimitExceeded):
    def {name}(f):
        try:
            mgr = ctx(f)
            t = type(mgr)
            enter = getattr(t, "{enter}", None)
            exit_ = getattr(t, "{exit}", None)
            if enter is None or exit_ is None:
                raise TypeError(f"'{{t.__name__}}' object does not support the {what} "
                                "protocol" + (" (missed {exit} method)"
                                              if enter is not None else ""))
            v = {aw}enter(mgr){awend}
            if type(v) not in clean:
                v = admit(v)
        except BaseException as e:
            annotate(e, f, P)
            raise
        if store is not None:
            store(f, v)
        try:
            r = {Y}body(f)
        except BaseException as e:
            if isinstance(e, LimitExceeded):
                {aw}exit_(mgr, type(e), e, e.__traceback__){awend}
                raise
            if not {aw}exit_(mgr, type(e), e, e.__traceback__){awend}:
                raise
            return None
        {aw}exit_(mgr, None, None, None){awend}
        return r
    return {name}
"""


def with_source(is_async: bool, y: str = PLAIN) -> str:
    """The context-manager protocol; ``async with`` awaits ``__aenter__``/``__aexit__``."""
    if is_async:
        return _WITH.format(name="async_with", enter="__aenter__", exit="__aexit__",
                            what="asynchronous context manager", aw="await_value(rt, ",
                            awend=")", Y=y)
    return _WITH.format(name="with_" + ("gen" if y else "stmt"), enter="__enter__",
                        exit="__exit__", what="context manager", aw="", awend="", Y=y)


def with_args(rt: Any, ctx: Any, store: Any, body: Any, P: Any, firewall: Any,
              await_value: Any = None) -> tuple:
    return (rt, ctx, store, body, P, annotate, firewall.clean, firewall.admit, await_value,
            LimitExceeded)


__all__ = ["BREAK", "CONTINUE", "GENERATOR", "PLAIN", "RETURN", "finally_args",
           "finally_source", "frame_entry", "loop_args", "loop_source", "run_body_source",
           "try_args", "try_source", "with_args", "with_source"]
