"""A persistent sandbox session: one namespace, many cells.

``run_cell`` parses, checks and compiles a cell, runs it under the policy's
limits (on the caller's event loop when it awaits) and returns the value of a
trailing expression, the error with its rendered traceback, and the printed text.
"""

from __future__ import annotations

import ast
import asyncio
import contextvars
import decimal
import os
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .compiler import Compiler, Env
from .compiler.blocks import BODY, block_function
from .compiler.suspension import _Driver, roomy_call, roomy_run_body
from .errors import InternalError, LimitExceeded, display_name
from .output import EventSink, Output
from .policy import Policy
from .richrepr import bundle
from .runtime import HOST_FRAMES_PER_USER_FRAME, RETURN, Runtime, SignalGuard
from .scope import ScopeError, analyse
from .security import hooks
from .security.builtins import make_builtins
from .security.cstack import ensure_recursion_limit, parse_checked
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
    stderr: str = ""

    @property
    def ename(self) -> str | None:
        return None if self.error is None else display_name(self.error)

    @property
    def evalue(self) -> str | None:
        if self.error is None:
            return None
        if isinstance(self.error, SyntaxError):
            return str(self.error.msg)
        try:
            return str(self.error)
        except Exception:
            return ""


class Session:
    """A sandboxed namespace that persists across cells."""

    def __init__(self, policy: Policy | None = None, *,
                 on_stdout: Callable[[str], None] | None = None,
                 on_event: EventSink | None = None,
                 input_func: Callable[[str], str] | None = None,
                 namespace: dict[str, Any] | None = None) -> None:
        self.policy = policy or Policy()
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
        if namespace:
            self.namespace.update(namespace)
        self.importer = Importer(self.policy, self.rt, provider=self.stdlib.provide)
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
        return self.call(bundle, value)

    # -- compiling ---------------------------------------------------------
    def compile_cell(self, source: str, name: str) -> tuple[Any, bool]:
        """(runner, needs_loop): a closure running the cell and returning its value."""
        flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
        tree = parse_checked(source, name, "exec", flags)  # measured before any recursion
        compile(tree, name, "exec", flags=flags, dont_inherit=True)  # CPython's checks
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
    async def run_cell(self, source: str, name: str = "<string>") -> CellResult:
        """Run a cell on the caller's event loop (top-level ``await`` allowed)."""
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
        timer = None
        if rt.deadline is not None:
            timer = loop.call_at(loop.time() + (rt.deadline - _now()),
                                 lambda: rt.request_stop(rt.time_error()))
        result = CellResult()
        try:
            with SignalGuard(rt):
                result.value = await task
                result.has_value = result.value is not None
        except BaseException as e:  # noqa: BLE001 - everything becomes a cell error
            if not task.done():  # the caller was cancelled: so is the cell
                task.cancel()
            result.error = self._final_error(e)
        finally:
            if timer is not None:
                timer.cancel()
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
                return loop.run_until_complete(self.run_cell(source, name))
            finally:
                _close_private_loop(loop)
        return self._run_sync(source, name, cell)

    def _run_sync(self, source: str, name: str, cell: Any) -> CellResult:
        rt = self.rt
        self._start(source, name)
        result = CellResult()
        try:
            with SignalGuard(rt):
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
        rt.begin()
        try:
            with SignalGuard(rt):
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

    # -- helpers -------------------------------------------------------------
    def _start(self, source: str, name: str) -> None:
        self._captured = []
        self._captured_err = []
        self.stdlib.streams.reset()
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
        return CellResult(error=e, traceback=self.render(e), stdout="")

    def render(self, exc: BaseException, color: bool = False) -> str:
        """The traceback of ``exc``; its ``__str__`` and notes run inside limits."""
        return self.rt.outside(render, exc, color)

    def _finish(self, result: CellResult) -> CellResult:
        if result.error is not None:
            result.traceback = self.render(result.error)
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
    if isinstance(e, SyntaxError | ScopeError | InternalError):
        return e
    return InternalError(f"the interpreter failed to compile {name}: "
                         f"{type(e).__name__}: {e}")


def _cell_coroutine() -> Any:
    """``async def cell(driver)``, compiled as sandbox code: a cell task's repr and
    coroutine show no host file."""
    ns: dict[str, Any] = {}
    exec(compile("async def cell(driver):\n    return await driver\n", "<pythonbox>",  # noqa: S102
                 "exec", dont_inherit=True), ns)
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
