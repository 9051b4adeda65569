"""The direct-mode generator compiler: one host generator instead of a greenlet.

When every ``yield`` of a (non-async) generator function stands as a statement
(``yield x``, ``v = yield x``, ``yield from it``) inside ``for``/``while``/``if``/
``try``/``with`` blocks, the whole body becomes one host generator function
(``blocks.py`` with real ``yield`` statements), so ``next()`` resumes one host frame.
It is a specialisation: other generator functions, and all of them with the
specialisations off, use the greenlet mechanism in ``suspension.py``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from typing import Any

from ..runtime import Runtime
from ..security.finalizers import IN_GC
from .blocks import GENERATOR, block_function, yields_supported
from .core import Closure, Compiler


def direct_generator_runner(c: Compiler, node: ast.FunctionDef, name: str) -> Closure | None:
    """The runner of a generator function in direct mode, or None if it needs greenlets."""
    if not c.specialise or not yields_supported(node.body):
        return None
    generator_body = block_function(c, node.body, GENERATOR, "generator_body")
    qualname = name
    rt = c.rt
    if _runs_code_on_close(node.body):
        def run_direct_generator_deferring(f: list) -> Any:
            gen = delegate_deferring_close(rt, generator_body(f))
            gen.__name__ = name
            gen.__qualname__ = qualname
            return gen
        return run_direct_generator_deferring

    def run_direct_generator(f: list) -> Any:
        gen = generator_body(f)
        gen.__name__ = name
        gen.__qualname__ = qualname
        return gen
    return run_direct_generator


def direct_async_generator_runner(c: Compiler, node: ast.AsyncFunctionDef, name: str
                                  ) -> Closure | None:
    """The runner of an async generator function whose yields are statements: its body
    is one host generator (its awaits suspend whichever body steps it), hosted by
    ``suspension.hosted_async_generator``; None if it needs the greenlet body."""
    if not c.specialise or not yields_supported(node.body):
        return None
    from .suspension import hosted_async_generator

    generator_body = block_function(c, node.body, GENERATOR, "async_generator_body")
    rt = c.rt

    def run_direct_async_generator(f: list) -> Any:
        return hosted_async_generator(rt, generator_body(f), name)
    return run_direct_async_generator


def _runs_code_on_close(body: list[ast.stmt]) -> bool:
    """Whether closing a suspended body runs sandbox code (a finally, an except
    handler, a context manager's ``__exit__``)."""
    return any(isinstance(sub, ast.Try | ast.TryStar | ast.With | ast.AsyncWith)
               for node in body for sub in ast.walk(node))


def delegate_deferring_close(rt: Runtime, inner: Iterator[Any]) -> Iterator[Any]:
    """``yield from inner`` (PEP 380), except that a GeneratorExit the cycle collector
    throws in (the generator is garbage) leaves ``inner`` suspended and queues it: its
    finally blocks then run at the runtime's next check point, not inside the GC, where
    sandbox code could change objects that C code is in the middle of using."""
    value: Any = None
    exc: BaseException | None = None
    while True:
        try:
            item = inner.send(value) if exc is None else inner.throw(exc)  # type: ignore[attr-defined]
        except StopIteration as stop:
            return stop.value
        exc = None
        value = None
        try:
            value = yield item
        except GeneratorExit:
            if IN_GC[0] or not rt.active:
                rt.pending_finalizers.append((_close, inner))
                if rt.active:
                    rt.left = -1
                return None
            inner.close()  # type: ignore[attr-defined]
            raise
        except BaseException as e:
            exc = e


def _close(inner: Any) -> None:
    inner.close()
