"""The greenlet suspension runtime: a greenlet per running generator or coroutine body.

Sandbox code is compiled once, into plain closures.  A generator, coroutine or async
generator body runs in its own greenlet; ``yield`` and ``await`` switch to the
greenlet that resumed it.  Host wrappers turn that into a **real** generator,
coroutine or async generator, so ``asyncio`` and ``itertools`` see the real thing.
A fresh sandbox coroutine awaited right away runs inline, without a switch.  What
the body receives on resumption (sent values, awaited results) passes the firewall.

This module is run time only (no ``ast``): the compilers of ``yield``, ``await``,
``async for`` and ``async with`` are in ``yields.py``; generator functions whose
yields are all statements take the faster ``direct_generators`` path instead.
"""

from __future__ import annotations

import asyncio
import types
import weakref
from collections.abc import Callable
from typing import Any

from greenlet import getcurrent, greenlet

from ..runtime import GC_PAUSE, RETURN, Runtime
from ..security.finalizers import IN_GC
from ..security.guard import TWIN_KEY
from . import skeletons

Closure = Callable[[list], Any]


class _Body(greenlet):
    """A suspended body; ``base`` is the depth of whoever resumed it last."""

    base = 0


class _Finished:
    dead = True


_FINISHED: Any = _Finished()


class _AGYield:
    """An async generator's ``yield`` (told apart from the awaits it passes up)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class _YieldOnce:
    """Pass one awaited item (a future) up to the event loop."""

    __slots__ = ("item",)

    def __init__(self, item: Any) -> None:
        self.item = item

    def __await__(self) -> Any:
        return (yield self.item)


def _make_run_body() -> Any:
    ns: dict[str, Any] = {}
    exec(compile(skeletons.run_body_source(), "<pythonbox:run_body>", "exec"), ns)  # noqa: S102
    return ns["make"](RETURN)


#: ``run_body(rt, body, f)``: one whole sandbox frame (the frame-entry skeleton).
run_body = _make_run_body()


def _roomy_call(fn: Any, *args: Any, **kwargs: Any) -> Any:
    return fn(*args, **kwargs)


#: CPython (3.11+) keeps Python frames in chunks of a per-thread data stack and frees a
#: chunk as soon as the frame at its start returns: recursion that goes back and forth
#: across a chunk boundary costs an mmap and a munmap per call (fib(25): 100,000 of
#: each, and per-call time that grows with depth).  A frame with a huge (never touched)
#: value stack makes CPython start a big chunk, and every frame above it fits in the
#: rest of that chunk: sandbox recursion a thousand calls deep never crosses a boundary.
ROOMY_SLOTS = 140_000  # ~1.1 MB of frame: a 2 MB chunk, ~0.9 MB of room above it
_roomy_call.__code__ = _roomy_call.__code__.replace(co_stacksize=ROOMY_SLOTS)


def roomy_call(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """``fn(*args)`` with a fresh data-stack chunk of room above it (see ROOMY_SLOTS)."""
    return _roomy_call(fn, *args, **kwargs)


def roomy_run_body(rt: Runtime, body: Closure, f: list) -> Any:
    """``run_body`` for the outermost sandbox frame of an execution (a cell)."""
    return _roomy_call(run_body, rt, body, f)


def _admit(rt: Runtime, value: Any) -> Any:
    """Values handed into a body on resumption pass the session's firewall."""
    fw = rt.firewall
    if type(value) not in fw.clean:
        value = fw.admit(value)
    return value


def suspend(rt: Runtime, value: Any) -> Any:
    """Hand ``value`` to whoever resumed the current body; return what it sends back."""
    g = getcurrent()
    parent = g.parent
    if parent is None:
        raise RuntimeError("'await' or 'yield' outside a suspendable body")
    rel = rt.depth - g.base
    # A suspended body must not hold its own greenlet (a cycle only the cyclic GC can
    # break, in no order): dropped, it is freed at once and its wrapper's close() runs
    # its finally blocks, as CPython does for a generator.
    del g
    try:
        sent = parent.switch(value)
    finally:
        rt.depth = getcurrent().base + rel
    return None if sent is None else _admit(rt, sent)


def _resume(rt: Runtime, g: _Body, first: bool, args: tuple, value: Any,
            exc: BaseException | None) -> Any:
    if not rt.active:  # resumed by the host between executions: inside a slice
        return rt.outside(_resume, rt, g, first, args, value, exc)
    g.parent = getcurrent()
    g.base = rt.depth
    was = rt.in_sandbox
    rt.in_sandbox = True
    try:
        if first:
            return g.switch(*args)
        if exc is not None:
            return g.throw(exc)
        return g.switch(value)
    finally:
        # A frame in an exception's traceback must not hold the exception: the cycle
        # would keep the body's locals alive until the cyclic GC (late finalizers).
        exc = None
        rt.in_sandbox = was
        rt.depth = g.base


# ---------------------------------------------------------------------------
# Generators


def generator_runner(rt: Runtime, body: Closure, name: str) -> Closure:
    def run_generator(f: list) -> Any:
        gen = _generator(rt, body, f)
        gen.__name__ = name
        return gen
    return run_generator


def _generator(rt: Runtime, body: Closure, f: list) -> Any:
    g = _Body(run_body)
    rt.suspended.add(g)
    first = True
    value: Any = None
    exc: BaseException | None = None
    closing = False
    while True:
        try:
            r = _resume(rt, g, first, (rt, body, f), value, exc)
        finally:
            exc = None  # no cycle through this frame when it raises (see _resume)
        first = False
        if g.dead:
            return r
        if closing:
            raise RuntimeError("generator ignored GeneratorExit")
        try:
            value = yield r
        except GeneratorExit as e:
            if IN_GC[0] or not rt.active:  # [wall] the collector: finally blocks run later
                rt.pending_finalizers.append((close_body, (rt, g)))
                if rt.active:
                    rt.left = -1
                return None
            closing = True
            exc = e
        except BaseException as e:
            exc = e
            value = None


def close_body(arg: tuple[Runtime, _Body]) -> None:
    """[wall] Close a suspended body the collector found, from a check point."""
    rt, g = arg
    if g.dead:
        return
    try:
        _resume(rt, g, False, (), None, GeneratorExit())
    except (GeneratorExit, StopIteration):
        return
    if not g.dead:
        raise RuntimeError("generator ignored GeneratorExit")


def yield_from(rt: Runtime, source: Any) -> Any:
    """PEP 380 delegation through the current body."""
    it = iter(source)
    value: Any = None
    exc: BaseException | None = None
    while True:
        try:
            if exc is not None:
                e, exc = exc, None  # no cycle through this frame (see _resume)
                if isinstance(e, GeneratorExit):
                    close = getattr(it, "close", None)
                    if close is not None:
                        close()
                    raise e
                throw = getattr(it, "throw", None)
                if throw is None:
                    raise e
                item = throw(e)
            elif value is None:
                item = next(it)
            else:
                item = it.send(value)
        except StopIteration as stop:
            return _admit(rt, stop.value)
        finally:
            e = None
        try:
            value = suspend(rt, item)
        except BaseException as e:
            exc = e
            value = None


# ---------------------------------------------------------------------------
# Coroutines


class _Driver:
    """Runs a coroutine body for the event loop: the iterator behind ``await``."""

    __slots__ = ("rt", "body", "f", "g", "entry")

    def __init__(self, rt: Runtime, body: Closure, f: list, entry: Any = None) -> None:
        self.rt, self.body, self.f = rt, body, f
        self.g: _Body | None = None
        self.entry = entry or run_body

    def __await__(self) -> _Driver:
        return self

    def __iter__(self) -> _Driver:
        return self

    def __next__(self) -> Any:
        return self.send(None)

    def _step(self, value: Any, exc: BaseException | None, task: bool = True) -> Any:
        rt = self.rt
        first = self.g is None
        if first:
            inline = rt.inline_next
            rt.inline_next = False
            if exc is not None:
                raise exc
            if inline and type(getcurrent()) is _Body:
                # ``await coro()`` from a sandbox body: run in the awaiting greenlet.
                self.g = _FINISHED
                try:
                    value = run_body(rt, self.body, self.f)
                except StopIteration as e:  # PEP 479, as CPython's coroutines
                    raise coroutine_stop(e) from e
                raise StopIteration(value)
            self.g = _Body(self.entry)
            rt.suspended.add(self.g)
            if rt.context is not None:
                self.g.gr_context = rt.context
        if not rt.active:  # a task step that outlived its cell: a slice of its own
            return rt.outside(self._step_in_slice, first, value, exc, task=task)
        if rt.stop is not None and exc is None:
            exc = rt._fresh(rt.stop)  # a limit hit elsewhere (e.g. in a task): stop here too
        return self._step_in_slice(first, value, exc)

    def _step_in_slice(self, first: bool, value: Any, exc: BaseException | None) -> Any:
        rt = self.rt
        g = self.g
        assert g is not None
        with GC_PAUSE:  # [wall] the collector runs at check points while sandbox code runs
            try:
                r = _resume(rt, g, first, (rt, self.body, self.f), value, exc)
            except StopIteration as e:  # raised by the body (PEP 479)
                raise coroutine_stop(e) from e
            except KeyboardInterrupt as e:  # [wall] an interrupt's stop, out of a task step:
                # asyncio would re-raise a KeyboardInterrupt out of the host's event loop
                raise asyncio.CancelledError(str(e)) from None
        if g.dead:
            raise StopIteration(r)
        return r

    def send(self, value: Any) -> Any:
        return self._step(value, None)

    def throw(self, typ: Any, val: Any = None, tb: Any = None) -> Any:
        exc = typ if isinstance(typ, BaseException) else (typ() if val is None else val)
        rt = self.rt
        if isinstance(exc, asyncio.CancelledError) and rt.stop is not None:
            exc = rt._fresh(rt.stop)  # a limit or an interrupt cancelled the cell
        try:
            return self._step(None, exc)
        finally:
            exc = typ = val = None  # no cycle through this frame (see _resume)

    def close(self) -> None:
        g = self.g
        if g is None or g.dead:
            return
        if IN_GC[0]:  # [wall] the collector: its finally blocks run at a check point
            self.rt.pending_finalizers.append((close_body, (self.rt, g)))
            return
        try:
            self._step(None, GeneratorExit(), False)  # finalizing: the post budget
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")


def coroutine_stop(e: BaseException) -> RuntimeError:
    """What a StopIteration escaping a coroutine's code becomes (PEP 479)."""
    return RuntimeError("coroutine raised StopIteration")


def agen_stop(e: BaseException) -> RuntimeError:
    """What a StopIteration or StopAsyncIteration escaping an async generator's code
    becomes (as CPython's)."""
    what = "StopAsyncIteration" if isinstance(e, StopAsyncIteration) else "StopIteration"
    return RuntimeError(f"async generator raised {what}")


def twin_of(fn: Any) -> Any:
    """The synchronous twin of a sandbox coroutine function (or of a method bound to
    one): same signature and defaults, its body run right in the awaiting greenlet, so
    ``await f(x)`` costs a call, not a coroutine, a driver and a switch.  ``None`` for
    anything else (awaited as usual)."""
    t = type(fn)
    if t is types.FunctionType:
        twin = fn.__dict__.get(TWIN_KEY)
        if twin is not None and twin.__defaults__ is fn.__defaults__ and \
                twin.__kwdefaults__ is fn.__kwdefaults__:
            return twin
        return None
    if t is types.MethodType:
        twin = twin_of(fn.__func__)
        if twin is not None:
            return types.MethodType(twin, fn.__self__)
    return None


def coroutine_runner(rt: Runtime, body: Closure, name: str) -> Closure:
    """The driver a coroutine function's ``async def`` trampoline awaits."""
    def run_coroutine(f: list) -> _Driver:
        return _Driver(rt, body, f)
    return run_coroutine


def await_value(rt: Runtime, x: Any) -> Any:
    """``await x`` inside a body."""
    try:
        method = type(x).__await__
    except AttributeError:
        raise TypeError(f"object {type(x).__name__} can't be used in 'await' expression") \
            from None
    it = method(x)
    rt.inline_next = type(x) is types.CoroutineType
    try:
        item = next(it)
    except StopIteration as stop:
        return _admit(rt, stop.value)
    finally:
        rt.inline_next = False
    value: Any = None
    exc: BaseException | None = None
    while True:
        try:
            value = suspend(rt, item)
        except BaseException as e:
            exc = e
            value = None
        try:
            if exc is not None:
                e, exc = exc, None  # no cycle through this frame (see _resume)
                item = it.throw(e)
            elif value is None:
                item = next(it)
            else:
                item = it.send(value)
        except StopIteration as stop:
            return _admit(rt, stop.value)
        finally:
            e = None


# ---------------------------------------------------------------------------
# Async generators


class _AGState:
    """A sandbox async generator's body and where it stands: shared by its host wrapper
    and by ``anext_value``, which steps a started body directly (no asend object, no
    host wrapper step, no StopIteration per item) while the wrapper waits at a yield."""

    __slots__ = ("g", "gen", "first", "busy", "running", "__weakref__")

    def __init__(self, g: _Body, gen: Any = None) -> None:
        self.g = g
        #: a hosted body's host generator (``hosted_async_generator``), stepped directly
        self.gen = gen
        self.first = True  # the wrapper has not started the body yet
        self.busy = False  # the wrapper is stepping the body (not waiting at its yield)
        self.running = False  # a direct step is under way


#: id(host async generator) -> (weak reference to it, its state), for the direct step
#: of ``anext_value``; the reference's callback drops the entry as the generator dies
_AG_STATES: dict[int, tuple[Any, _AGState]] = {}


def _forget(key: int) -> Callable[[Any], None]:
    def forget(_ref: Any) -> None:
        _AG_STATES.pop(key, None)
    return forget


def async_generator_runner(rt: Runtime, body: Closure, name: str) -> Closure:
    def run_async_generator(f: list) -> Any:
        g = _Body(run_body)
        rt.suspended.add(g)
        st = _AGState(g)
        return _registered(_async_generator(rt, body, f, st), st, name)
    return run_async_generator


def _registered(agen: Any, st: _AGState, name: str) -> Any:
    agen.__name__ = name
    key = id(agen)
    _AG_STATES[key] = (weakref.ref(agen, _forget(key)), st)
    return agen


def _hosted_step(gen: Any, value: Any, exc: BaseException | None) -> Any:
    """One step of a hosted body's host generator, with an async generator's words for
    a StopIteration or StopAsyncIteration its code raised (CPython's RuntimeErrors)."""
    try:
        return gen.send(value) if exc is None else gen.throw(exc)
    except StopAsyncIteration as e:
        raise agen_stop(e) from e
    except RuntimeError as e:
        if isinstance(e.__cause__, StopIteration) and \
                str(e) == "generator raised StopIteration":
            raise agen_stop(e.__cause__) from e.__cause__
        raise


def hosted_async_generator(rt: Runtime, gen: Any, name: str) -> Any:
    """An async generator whose body is the host generator ``gen`` (yields as statements).
    The host wrapper steps it in a greenlet of its own (its awaits suspend that one);
    ``anext_value`` from a sandbox body steps ``gen`` right there, no switch at all."""
    def drive(_rt: Runtime, _body: Any, _f: Any) -> Any:
        value: Any = None
        exc: BaseException | None = None
        while True:
            try:
                v = _hosted_step(gen, value, exc)
            except StopIteration:
                return RETURN
            finally:
                exc = None  # no cycle through this frame (see _resume)
            try:
                value = suspend(rt, _AGYield(v))
            except BaseException as e:
                exc, value = e, None
    g = _Body(drive)
    rt.suspended.add(g)
    st = _AGState(g, gen)
    return _registered(_async_generator(rt, None, None, st), st, name)  # type: ignore[arg-type]


async def _async_generator(rt: Runtime, body: Closure, f: list, st: _AGState) -> Any:
    g = st.g
    value: Any = None
    exc: BaseException | None = None
    closing = False
    while True:
        if st.running:  # a direct step waits in an await: as CPython, refuse a second
            raise RuntimeError("anext(): asynchronous generator is already running")
        if g.dead:  # finished by a direct step
            return
        st.busy = True
        try:
            if not rt.active:  # an async generator step between executions: a task slice
                r = rt.outside(_resume, rt, g, st.first, (rt, body, f), value, exc,
                               task=True)
            else:
                r = _resume(rt, g, st.first, (rt, body, f), value, exc)
        finally:
            exc = None  # no cycle through this frame when it raises (see _resume)
            st.first = False
        value = None
        if g.dead:
            st.busy = False
            return
        if type(r) is _AGYield:
            if closing:
                raise RuntimeError("async generator ignored GeneratorExit")
            st.busy = False
            try:
                value = yield r.value
            except GeneratorExit as e:
                closing = True
                exc = e
            except BaseException as e:
                exc = e
        else:
            try:
                value = await _YieldOnce(r)
            except BaseException as e:
                exc = e


def _direct_anext(rt: Runtime, st: _AGState) -> Any:
    """One item of a started sandbox async generator, stepped from the awaiting body
    (``_resume`` written out: the caller is sandbox code).  The generator's awaits of
    real futures pass up through the awaiting body's own suspension."""
    gen = st.gen
    if gen is not None:  # a hosted body: its host generator, stepped here
        st.running = True
        try:
            v = _hosted_step(gen, None, None)
        except StopIteration:
            raise StopAsyncIteration from None
        finally:
            st.running = False
        return _admit(rt, v)
    g = st.g
    if g.dead:
        raise StopAsyncIteration
    st.running = True
    g.parent = getcurrent()
    base = g.base = rt.depth
    value: Any = None
    exc: BaseException | None = None
    try:
        while True:
            try:
                r = g.switch(value) if exc is None else g.throw(exc)
            except (StopIteration, StopAsyncIteration) as e:  # raised by its code
                raise agen_stop(e) from e
            finally:
                exc = None  # no cycle through this frame (see _resume)
                rt.depth = base
            if type(r) is _AGYield:
                return _admit(rt, r.value)
            if g.dead:
                raise StopAsyncIteration
            try:  # an await of a real future in the generator: up to the event loop
                value = suspend(rt, r)
            except BaseException as e:
                exc, value = e, None
    finally:
        st.running = False


def anext_value(rt: Runtime, it: Any) -> Any:
    """``await anext(it)``; raises StopAsyncIteration at the end."""
    if type(it) is types.AsyncGeneratorType:
        entry = _AG_STATES.get(id(it))
        if entry is not None and entry[0]() is it:
            st = entry[1]
            if not (st.first or st.busy or st.running) and type(getcurrent()) is _Body:
                return _direct_anext(rt, st)
    try:
        method = type(it).__anext__
    except AttributeError:
        raise TypeError(f"'async for' received an invalid object from __aiter__: "
                        f"{type(it).__name__}") from None
    return await_value(rt, method(it))


def aiter_of(x: Any) -> Any:
    try:
        method = type(x).__aiter__
    except AttributeError:
        raise TypeError(f"'async for' requires an object with __aiter__ method, got "
                        f"{type(x).__name__}") from None
    return method(x)
