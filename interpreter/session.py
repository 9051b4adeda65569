"""A persistent sandbox session: one namespace, many cells.

``run_cell`` parses, checks and compiles a cell, runs it under the policy's
limits (on the caller's event loop when it awaits) and returns the value of a
trailing expression, the error with its rendered traceback, and the printed text.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import contextvars
import decimal
import gc
import os
import signal
import threading
import time
import warnings
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .compiler import Compiler, Env
from .compiler.blocks import BODY, block_function
from .compiler.suspension import _Driver, roomy_call, roomy_run_body
from .errors import InternalError, LimitExceeded, display_name
from .magics import Magics
from .output import EventSink, Output
from .policy import Policy
from .richrepr import bundle
from .runtime import GC_PAUSE, HOST_FRAMES_PER_USER_FRAME, RETURN, Runtime, SignalGuard
from .scope import ScopeError, analyse
from .security import hooks
from .security.builtins import builtin_function, make_builtins
from .security.cstack import ensure_recursion_limit, parse_checked
from .security.finalizers import report_ignored, run_pending
from .security.guard import USER_CLASSES, register_bad_type
from .security.modules import Importer
from .stdlib import Stdlib
from .tracebacks import CodeInfo, annotate, render


@dataclass
class CellResult:
    """What one cell produced."""

    value: Any = None
    has_value: bool = False
    error: BaseException | None = None
    traceback: str | None = None
    stdout: str = ""
    #: the value's MIME bundle, when ``run_cell(..., result_bundle=True)`` asked for it
    data: dict[str, Any] | None = None
    metadata: dict[str, Any] | None = None
    #: the traceback in ANSI colour, as IPython shows it
    color_traceback: str | None = None
    #: the error's name and text when ``error`` stands for one that cannot travel
    #: (an error in a jailed worker)
    error_name: str | None = None
    error_value: str | None = None
    #: the one-line error of the original API (``execute_async``), from a worker
    short_error: str | None = None
    stderr: str = ""
    #: execute_reply payloads the cell asked for (``obj?`` pages, ``exit``'s ask_exit)
    payload: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ename(self) -> str | None:
        if self.error_name is not None:
            return self.error_name
        return None if self.error is None else display_name(self.error)

    @property
    def evalue(self) -> str | None:
        if self.error_value is not None:
            return self.error_value
        if self.error is None:
            return None
        if isinstance(self.error, SyntaxError):
            return str(self.error.msg)
        try:
            return str(self.error)
        except BaseException:  # noqa: BLE001 - a sandbox __str__ that fails or hits a limit
            return "<exception str() failed>"


class Session:
    """A sandboxed namespace that persists across cells, in this process.

    It implements the session facade (``interpreter.facade``); ``JailedSession`` is the
    same behind an OS-level wall."""

    isolation = "inprocess"
    #: builds what ``import interpreter`` offers inside the sandbox (set by
    #: ``interpreter.api``, which owns the public API: the session does not import it)
    nested_api: ClassVar[Callable[..., dict[str, Any]] | None] = None

    def __init__(self, policy: Policy | None = None, *,
                 on_stdout: Callable[[str], None] | None = None,
                 on_event: EventSink | None = None,
                 input_func: Callable[[str], str] | None = None,
                 namespace: dict[str, Any] | None = None) -> None:
        self.policy = policy or Policy()
        self._init_args = (on_stdout, on_event, input_func, namespace)
        self.on_stdout = on_stdout
        self.output = Output(on_event)
        self._captured: list[str] = []
        self._captured_err: list[str] = []
        self.rt = Runtime(self.policy, self._write)
        self.rt.write_err = self._write_err
        self.namespace: dict[str, Any] = {"__name__": "__main__", "__doc__": None}
        self.history: list[tuple[str, str]] = []
        self.stdlib = Stdlib(self.rt, self.output, self.namespace, self.history, self.call)
        self.builtins = make_builtins(self.stdlib.streams.write_stdout, self.namespace,
                                      input_func, self.stdlib.display, rt=self.rt,
                                      extra=self.stdlib.builtins_extra(),
                                      redirects=self.stdlib.streams.targets["stdout"])
        self.namespace["__builtins__"] = self.builtins
        # IPython.display's clear_output, as notebooks call it bare
        output = self.output

        def clear_output(wait: bool = False) -> None:
            """Clear the output of the current cell (``IPython.display.clear_output``)."""
            output.clear_output(bool(wait))
        self.builtins.setdefault("clear_output",
                                 builtin_function(clear_output, "clear_output",
                                                  clear_output.__doc__))
        if namespace:
            self.namespace.update(namespace)
        self.magics = Magics(self)  # get_ipython(), exit/quit, the output history
        self.magics.install(self.builtins)
        self.importer = Importer(self.policy, self.rt, nested_api=type(self).nested_api,
                                 provider=self.stdlib.provide)
        self.env = Env(self.rt, self.namespace, self.builtins, self.importer,
                       specialise=compiler_specialises())
        self.rt.firewall = self.env.firewall
        self.builtins["__import__"] = self.importer.builtin_import(self.env.function_globals)
        self.env.firewall.on_class = USER_CLASSES.add
        self.stdlib.attach(self.builtins, self.importer, self.env)
        self.rt.warning_sink = self.stdlib.host_warning  # host warnings: the session's filters
        self.context = contextvars.copy_context()
        self.context.run(decimal.setcontext, decimal.Context())  # not shared with the host
        self.rt.context = self.context
        self.rt.namespace = self.namespace
        self._compile_warnings: list[str] = []
        self.rt.evaluate_annotation = self._evaluate_annotation
        ensure_recursion_limit(self.policy.max_recursion_depth, HOST_FRAMES_PER_USER_FRAME)
        hooks.register(self.rt)
        self._owner = weakref.ref(self.rt)

    # -- output ------------------------------------------------------------
    def _write(self, text: str) -> None:
        self._captured.append(text)
        if self.on_stdout is not None:
            self.on_stdout(text)
        self.output.stream("stdout", text)

    def _write_err(self, text: str) -> None:
        self._captured_err.append(text)
        self.output.stream("stderr", text)

    def mime_bundle(self, value: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        """(data, metadata) of a sandbox value for ``execute_result``, under the limits."""
        data, metadata = self.call(bundle, value)
        if type(value) is float and self.magics.float_format is not None:
            data["text/plain"] = self.magics.format_float(value)  # %precision
        return data, metadata

    # -- compiling ---------------------------------------------------------
    def compile_cell(self, source: str, name: str) -> tuple[Any, bool]:
        """(runner, needs_loop): a closure running the cell and returning its value."""
        flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
        with warnings.catch_warnings(record=True) as caught:  # the cell's, not the host's
            warnings.simplefilter("default")
            tree = parse_checked(source, name, "exec", flags)  # measured before recursing
            compile(tree, name, "exec", flags=flags, dont_inherit=True)  # CPython's checks
        self._compile_warnings = [
            f"{name}:{w.lineno}: {w.category.__name__}: {w.message}\n"
            for w in caught[:hooks.MAX_REPORTS]]
        root, scopes = analyse(tree)
        code = CodeInfo(name, source.splitlines(), self._owner)
        c = Compiler(self.env, code, root, scopes)
        rt = self.rt
        body_nodes = tree.body
        doc = ast.get_docstring(tree, clean=False)
        if doc is not None:
            self.namespace["__doc__"] = doc
        last = None
        if body_nodes and isinstance(body_nodes[-1], ast.Expr):
            last_node = body_nodes[-1]
            last = c.expr(last_node.value)
            last_pos = c.pos(last_node)
            body_nodes = body_nodes[:-1]
        body = block_function(c, body_nodes, BODY, "cell") if c.specialise \
            else c.block(body_nodes)

        def cell(f: list) -> Any:
            r = body(f)
            if r is RETURN:  # pragma: no cover - 'return' outside function is a SyntaxError
                return RETURN
            if last is not None:
                try:
                    f[0] = last(f)
                except BaseException as e:
                    annotate(e, f, last_pos)
                    raise
            else:
                f[0] = None
            # The cell's young garbage is collected now, inside its limits: its finalizers
            # and warnings (a coroutine never awaited) are the cell's, not the host's later.
            gc.collect(1)
            run_pending(rt)  # finalizers the collector queued during the cell
            rt.check_memory()  # one C-level call may have allocated past the limit
            if rt.stop is not None:
                raise rt._fresh(rt.stop)
            return RETURN
        return cell, root.has_await or _has_top_level_async(tree)

    def _evaluate_annotation(self, text: str, localns: Any = None) -> Any:
        """An annotation string, evaluated as a sandbox expression: in the session's
        namespace (a class namespace over it for class annotations), guarded, limited."""
        tree = parse_checked(text, "<annotation>", "eval")
        module = ast.Module(body=[ast.Expr(tree.body)], type_ignores=[])  # type: ignore[attr-defined]
        ast.copy_location(module.body[0], tree.body)  # type: ignore[attr-defined]
        root, scopes = analyse(module)
        ns = self.namespace if not localns else {**dict(localns), **self.namespace}
        env = Env(self.rt, ns, self.builtins, self.importer)
        c = Compiler(env, CodeInfo("<annotation>", [text], self._owner), root, scopes)
        closure = c.expr(module.body[0].value)  # type: ignore[attr-defined]
        return closure([None])

    # -- running -----------------------------------------------------------
    async def run_cell(self, source: str, name: str = "<string>", *,
                       result_bundle: bool = False, history: int | None = None,
                       raw: str | None = None) -> CellResult:
        """Run a cell on the caller's event loop (top-level ``await`` allowed).

        With ``result_bundle`` the value's MIME bundle is built as well, under the
        limits (``data``/``metadata``); a failing ``__repr__`` is the cell's error.
        ``history`` is the kernel's execution count of a cell kept in IPython's history
        (``In``/``_i``; with ``result_bundle``, ``Out``/``_``), ``raw`` what the user
        typed when ``source`` is its transformed Python."""
        if history is not None:
            self.magics.history.store_input(history, source if raw is None else raw, source)
        result = await self._run_cell(source, name)
        return self.after_cell(result, result_bundle, history)

    def after_cell(self, result: CellResult, result_bundle: bool,
                   history: int | None) -> CellResult:
        """A bare ``exit`` calls itself (IPython's autocall); the bundle; ``Out``."""
        if result.error is None and result.value is self.magics.exiter:
            self.magics.exiter()
            result.value, result.has_value = None, False
        if result_bundle:
            result = self.add_bundle(result)
        if history is not None and result_bundle and result.error is None and \
                result.has_value:
            self.magics.history.store_output(history, result.value)
        result.payload = self.magics.take_payload()
        return result

    def add_bundle(self, result: CellResult) -> CellResult:
        """Fill ``data``/``metadata`` of a result that has a value."""
        if result.error is not None or not result.has_value:
            return result
        try:
            result.data, result.metadata = self.mime_bundle(result.value)
        except BaseException as e:  # noqa: BLE001 - a failing __repr__ is the cell's error
            failed = self._finish(CellResult(error=e))
            failed.stdout = result.stdout
            return failed
        return result

    async def _run_cell(self, source: str, name: str) -> CellResult:
        try:
            cell, needs_loop = self.compile_cell(source, name)
        except Exception as e:  # noqa: BLE001 - syntax errors and compiler bugs alike
            return self._failed(source, name, _compile_error(e, name))
        if not needs_loop:
            return self._run_sync(source, name, cell)
        loop = asyncio.get_running_loop()
        register_bad_type(type(loop))
        rt = self.rt
        self._start(source, name)
        rt.loop = loop
        # The cell runs in a task of its own: what sandbox code does to "its" task
        # (asyncio.current_task().cancel(), a TaskGroup cancelling its parent, a limit)
        # never touches the caller's task, and current_task() hands out no host task.
        driver = _Driver(rt, cell, [None], roomy_run_body)
        task = loop.create_task(_CELL_COROUTINE(driver))
        rt.cell_task = task
        timer: list[Any] = [None]
        if rt.deadline is not None:
            def expire() -> None:  # the deadline may have moved (paused_clock)
                if rt.deadline is None or _now() < rt.deadline:
                    left = 0.1 if rt.deadline is None else rt.deadline - _now()
                    timer[0] = loop.call_at(loop.time() + left, expire)
                    return
                rt.request_stop(rt.time_error())
            timer[0] = loop.call_at(loop.time() + (rt.deadline - _now()), expire)
        result = CellResult()
        try:
            with SignalGuard(rt):
                ok, value = await task
                if not ok:
                    raise value
                result.value = value
                result.has_value = result.value is not None
        except BaseException as e:  # noqa: BLE001 - everything becomes a cell error
            if not task.done():  # the caller was cancelled: so is the cell
                task.cancel()
            result.error = self._final_error(e)
        finally:
            if timer[0] is not None:
                timer[0].cancel()
            rt.end()
        return self._finish(result)

    def run_cell_sync(self, source: str, name: str = "<string>") -> CellResult:
        """Run a cell without an event loop (cells with top-level await get one)."""
        try:
            cell, needs_loop = self.compile_cell(source, name)
        except Exception as e:  # noqa: BLE001
            return self._failed(source, name, _compile_error(e, name))
        if needs_loop:  # a private loop: the thread's current loop stays as it was
            loop = asyncio.new_event_loop()
            try:
                return loop.run_until_complete(self._run_cell(source, name))
            finally:
                _close_private_loop(loop)
        return self._run_sync(source, name, cell)

    def _run_sync(self, source: str, name: str, cell: Any) -> CellResult:
        rt = self.rt
        self._start(source, name)
        result = CellResult()
        try:
            with SignalGuard(rt), GC_PAUSE:
                rt.in_sandbox = True
                result.value = self.context.run(roomy_run_body, rt, cell, [None])
                result.has_value = result.value is not None
        except BaseException as e:  # noqa: BLE001
            rt.in_sandbox = False  # host code from here: no alarm may raise in it
            result.error = self._final_error(e)
        finally:
            rt.end()
        return self._finish(result)

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a sandbox callable (e.g. ``obj._repr_html_``) under the limits."""
        rt = self.rt
        if rt.active:
            return fn(*args, **kwargs)
        self._flush_finalizers()
        rt.begin()
        try:
            with SignalGuard(rt), GC_PAUSE:
                rt.in_sandbox = True
                return self.context.run(roomy_call, fn, *args, **kwargs)
        finally:
            rt.end()

    def interrupt(self) -> None:
        """Stop the running cell (safe from signal handlers and other threads)."""
        from .errors import Interrupted

        if self.rt.active:
            self.rt.request_stop(Interrupted("execution interrupted by the user"))

    def format_exception(self, exc: BaseException, color: bool = False) -> str:
        return self.render(exc, color)

    # -- the rest of the facade ----------------------------------------------
    async def complete(self, code: str, cursor_pos: int) -> dict[str, Any]:
        """Jupyter's ``complete_reply`` content; runs no user code."""
        from .completion import complete

        return complete(self, code, cursor_pos)

    async def inspect(self, code: str, cursor_pos: int,
                      detail_level: int = 0) -> dict[str, Any]:
        """Jupyter's ``inspect_reply`` content; runs no user code."""
        from .inspection import inspect_reply

        return inspect_reply(self, code, cursor_pos, detail_level)

    @property
    def deadline(self) -> float | None:
        """When the running execution must end (``time.monotonic``), or None."""
        rt = self.rt
        return rt.deadline if rt.active else None

    @property
    def walls(self) -> dict[str, str]:
        """OS-level walls around this session: none, it runs in the host's process."""
        return {}

    @contextlib.contextmanager
    def paused_clock(self) -> Iterator[None]:
        """The cell's clock stops inside (waiting for a person at ``input()``): no
        alarm fires meanwhile, and the deadline moves by the time spent."""
        rt = self.rt
        saved = rt.deadline if rt.active else None
        main = threading.current_thread() is threading.main_thread()
        start = time.monotonic()
        if saved is not None:
            rt.deadline = None
            if rt.alarm_thread is not None and main:
                signal.setitimer(signal.ITIMER_REAL, 0)
        try:
            yield
        finally:
            if saved is not None:
                rt.deadline = saved + (time.monotonic() - start)
                if rt.alarm_thread is not None and main:
                    signal.setitimer(signal.ITIMER_REAL,
                                     max(0.001, rt.deadline - time.monotonic() + 0.05))

    async def reset(self) -> None:
        """A fresh namespace with the same policy, callbacks and host namespace."""
        on_stdout, on_event, input_func, namespace = self._init_args
        self.__init__(self.policy, on_stdout=on_stdout,  # type: ignore[misc]
                      on_event=on_event, input_func=input_func, namespace=namespace)

    def close(self) -> None:
        """Nothing to end: the session lives in this process."""

    # -- helpers -------------------------------------------------------------
    def _flush_finalizers(self) -> None:
        """Finalizers the collector queued since the last execution run now, in a slice
        with what is left of the budget between executions -- not on the next cell's."""
        rt = self.rt
        if not rt.pending_finalizers or rt.active:
            return
        try:
            rt.outside(run_pending, rt)
        except BaseException as e:  # noqa: BLE001 - reported like any ignored exception
            rt.pending_finalizers.clear()  # past the budget: the rest are not run
            report_ignored(rt, "finalizers queued after the last execution", e)

    def _start(self, source: str, name: str) -> None:
        self._flush_finalizers()
        self.magics.remember_baseline()
        self._captured = []
        self._captured_err = []
        self.stdlib.streams.reset()
        for text in self._compile_warnings:  # as IPython shows them: on stderr
            self._write_err(text)
        self._compile_warnings = []
        self.history.append((name, source))
        self.rt.begin()

    def _final_error(self, e: BaseException) -> BaseException:
        rt = self.rt
        if rt.stop is not None and not isinstance(e, LimitExceeded) and (
                isinstance(e, asyncio.CancelledError | KeyboardInterrupt | BaseExceptionGroup)):
            return rt._fresh(rt.stop)  # a limit is why it ended (a group of tasks included)
        return e

    def _failed(self, source: str, name: str, e: BaseException) -> CellResult:
        self.history.append((name, source))
        if isinstance(e, SyntaxError) and not e.text and e.lineno:
            lines = source.splitlines()
            if 0 < e.lineno <= len(lines):
                e.text = lines[e.lineno - 1]
        return CellResult(error=e, traceback=self.render(e), stdout="",
                          color_traceback=self.render(e, color=True))

    def render(self, exc: BaseException, color: bool = False) -> str:
        """The traceback of ``exc``; its ``__str__`` and notes run inside limits (past
        them, it is rendered again without running sandbox code at all)."""
        try:
            return self.rt.outside(render, exc, color)
        except BaseException:  # noqa: BLE001 - a limit hit while rendering
            return render(exc, color, run_user_code=False)

    def _finish(self, result: CellResult) -> CellResult:
        if result.error is not None:
            result.traceback = self.render(result.error)
            result.color_traceback = self.render(result.error, color=True)
            result.error.__traceback__ = None  # host frames: not shown, and they hold memory
            result.value, result.has_value = None, False
        result.stdout = "".join(self._captured)
        result.stderr = "".join(self._captured_err)
        self._captured = []
        self._captured_err = []
        return result


def compiler_specialises() -> bool:
    """The compiler's fast paths are on unless ``PYTHONBOX_COMPILER=generic`` (the
    differential corpus runs in both modes)."""
    return os.environ.get("PYTHONBOX_COMPILER", "specialised") != "generic"


def _compile_error(e: Exception, name: str) -> Exception:
    """Syntax errors as they are; anything else is a bug of the compiler."""
    if isinstance(e, SyntaxError | ScopeError | InternalError | RecursionError | MemoryError):
        return e  # CPython's own refusals (too deep, too complex) stay what they are
    return InternalError(f"the interpreter failed to compile {name}: "
                         f"{type(e).__name__}: {e}")


def _cell_coroutine() -> Any:
    """``async def cell(driver)``, compiled as sandbox code: a cell task's repr and
    coroutine show no host file."""
    ns: dict[str, Any] = {}
    # Everything comes back as a value: a KeyboardInterrupt (an interrupt's limit error)
    # escaping a task would be re-raised by asyncio out of the caller's event loop.
    source = ("async def cell(driver):\n    try:\n        return True, await driver\n"
              "    except BaseException as e:\n        return False, e\n")
    exec(compile(source, "<pythonbox>", "exec", dont_inherit=True), ns)  # noqa: S102
    return ns["cell"]


_CELL_COROUTINE = _cell_coroutine()


def _close_private_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Like ``asyncio.run``'s ending: cancel what the cell left running, then close."""
    pending = asyncio.all_tasks(loop)
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()


def _now() -> float:
    import time

    return time.monotonic()


def _has_top_level_async(tree: ast.Module) -> bool:
    """``async for``/``async with``/``await`` outside any function, at any depth."""
    todo: list[ast.AST] = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Await | ast.AsyncFor | ast.AsyncWith):
            return True
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda |
                      ast.ClassDef):
            continue
        if isinstance(node, ast.comprehension) and node.is_async:
            return True
        todo.extend(ast.iter_child_nodes(node))
    return False
