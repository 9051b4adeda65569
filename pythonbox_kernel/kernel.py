"""PythonBoxKernel: an ipykernel wrapper kernel whose cells run in the sandbox."""

from __future__ import annotations

import ast
import contextlib
import fnmatch
import platform
from collections.abc import Iterator
from typing import Any

from ipykernel.kernelbase import Kernel
from jupyter_client.session import extract_header

from interpreter import (
    JailConfig,
    StdinNotImplementedError,
    discard_prestarted_template,
    open_session,
)
from interpreter import __version__ as interpreter_version

from . import cells
from .config import SandboxSettings
from .streaming import CellStreams
from .watchdog import Watchdog


class PythonBoxKernel(Kernel, SandboxSettings):
    implementation = "pythonbox"
    implementation_version = interpreter_version
    language = "python"
    language_version = platform.python_version()
    language_info = {
        "name": "python",
        "version": platform.python_version(),
        "mimetype": "text/x-python",
        "file_extension": ".py",
        "pygments_lexer": "ipython3",
        "codemirror_mode": {"name": "ipython", "version": 3},
        "nbconvert_exporter": "python",
    }
    help_links = [{"text": "Python", "url": "https://docs.python.org/3/"}]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sandbox_policy = self.policy()
        if self.os_restrictions and self.isolation == "inprocess":
            # (a jailed worker has these walls and more; the kernel must still fork it)
            from interpreter import apply_os_restrictions

            applied = apply_os_restrictions(self.max_memory_mb)
            self.log.info("PythonBox OS restrictions: %s", applied)
        self.streams: CellStreams | None = None
        self._allow_stdin = False
        kwargs: dict[str, Any] = {"on_event": self._on_event, "input_func": self._input}
        if self.isolation != "process":
            discard_prestarted_template()
        else:
            kwargs["config"] = JailConfig(grace=self.watchdog_grace,
                                          data_dirs=tuple(self.data_dirs),
                                          scratch_dir=self.scratch_dir or None)
        self.sandbox = open_session(self.sandbox_policy, isolation=self.isolation, **kwargs)
        self.history: list[tuple[int, int, str]] = []
        self._cell_parent: dict[str, Any] | None = None
        self._cell_ident: Any = None
        # In-process, a cell stuck in C code can only end the process; a jailed
        # session's host kills and restores its worker itself.
        self.watchdog = Watchdog(lambda: self.sandbox.deadline, self.watchdog_grace)
        if self.sandbox.isolation == "inprocess":
            self.watchdog.start()
        self.shell_handlers["pythonbox_reset_request"] = self.pythonbox_reset_request

    # -- kernel_info -------------------------------------------------------
    @property
    def banner(self) -> str:  # type: ignore[override]
        p = self.sandbox_policy

        def show(value: Any, unit: str = "") -> str:
            return "none" if value is None else f"{value:g}{unit}" if isinstance(
                value, float) else f"{value:,}{unit}"
        return (
            f"PythonBox {interpreter_version}: Python {platform.python_version()} in a "
            "sandboxed interpreter.\n"
            f"Limits per cell: time {show(p.timeout, ' s')}, memory "
            f"{show(p.max_memory_mb, ' MB')}, operations {show(p.max_operations)}, recursion "
            f"{p.max_recursion_depth}, output {show(p.max_output_bytes, ' bytes')}.\n"
            f"Importable modules: {', '.join(sorted(p.allowed_modules))}.\n"
            f"{self._walls_line()}")

    def _walls_line(self) -> str:
        walls = self.sandbox.walls
        if self.sandbox.isolation == "inprocess":
            return ("OS walls: none (in-process session: the language-level sandbox is the "
                    "only wall).")
        up = sorted(name for name, state in walls.items() if not state.startswith("missing"))
        missing = sorted(name for name, state in walls.items() if state.startswith("missing"))
        line = f"OS walls (jailed worker): {', '.join(up) or 'none'}."
        if missing:
            line += f" MISSING on this host: {', '.join(missing)}."
        return line

    @property
    def kernel_info(self) -> dict[str, Any]:  # type: ignore[override]
        info = super().kernel_info
        isolation = self.sandbox.isolation
        info["pythonbox"] = {"isolation": isolation, "walls": self.sandbox.walls}
        if isolation == "process":
            info["pythonbox"]["worker_pid"] = self.sandbox.worker_pid  # type: ignore[attr-defined]
        return info

    # -- output --------------------------------------------------------------
    def _ensure_streams(self) -> CellStreams:
        if self.streams is None:
            self.streams = CellStreams(self.session, self.iopub_thread)
        return self.streams

    def _on_event(self, msg_type: str, content: dict[str, Any]) -> None:
        """The session's output: streams are batched, the rest is published in order."""
        if msg_type == "stream":
            self._ensure_streams().write(content["name"], content["text"])
            return
        if self.streams is not None:
            self.streams.flush()
        self._publish(msg_type, content)

    def _publish(self, msg_type: str, content: dict[str, Any]) -> None:
        self.session.send(self.iopub_socket, msg_type, content, parent=self._cell_parent,
                          ident=self._topic(msg_type))

    def _input(self, prompt: str) -> str:
        if not self._allow_stdin:
            raise StdinNotImplementedError(  # ipykernel's words
                "raw_input was called, but this frontend does not support input requests.")
        if self.streams is not None:
            self.streams.flush()
        # Waiting for the person does not count against the cell's time limit.
        with self._waiting_for_person():
            # The sandbox runs in its own contextvars context: hand ipykernel the
            # request's identity and header captured when the cell started.
            return self._input_request(str(prompt), self._cell_ident, self._cell_parent,
                                       password=False)

    @contextlib.contextmanager
    def _waiting_for_person(self) -> Iterator[None]:
        self.watchdog.disarm()
        try:
            with self.sandbox.paused_clock():
                yield
        finally:
            deadline = self.sandbox.deadline
            if deadline is not None and self.sandbox.isolation == "inprocess":
                self.watchdog.arm_until(deadline)

    # -- execution -----------------------------------------------------------
    async def do_execute(self, code: str, silent: bool, store_history: bool = True,
                         user_expressions: dict[str, Any] | None = None,
                         allow_stdin: bool = False, *, cell_id: str | None = None
                         ) -> dict[str, Any]:
        reply = await self._execute_cell(code, silent, store_history, user_expressions,
                                         allow_stdin)
        # As ipykernel: the reply carries the count of the last cell kept in history, so
        # a silent or unstored cell leaves the frontend's next prompt where it was.
        reply["execution_count"] = self.execution_count
        return reply

    async def _execute_cell(self, code: str, silent: bool, store_history: bool,
                            user_expressions: dict[str, Any] | None,
                            allow_stdin: bool) -> dict[str, Any]:
        parent = self.get_parent()
        self._cell_parent = parent
        self._cell_ident = self._get_shell_context_var(self._shell_parent_ident)
        streams = self._ensure_streams()
        streams.set_parent(extract_header(parent))
        self._allow_stdin = allow_stdin
        count = self.execution_count
        store_history = store_history and not silent  # as IPython: silent cells leave no trace
        if store_history:
            self.history.append((0, count, code))
        elif not silent:
            self.execution_count -= 1  # IPython counts only the cells it keeps in history
        source = cells.transform(code)  # IPython syntax -> Python calling get_ipython()
        show = not silent and not cells.ends_with_semicolon(source)
        with self._armed():
            result = await self.sandbox.run_cell(
                source, f"Cell In[{count}]", result_bundle=show,
                history=count if store_history else None, raw=code)
        streams.flush()
        payload = list(getattr(result, "payload", None) or [])
        if any(p.get("source") == "ask_exit" and not p.get("keepkernel") for p in payload):
            self._exit_soon()
        if result.error is not None:
            reply = self._error_reply(count, result, silent)
            reply["payload"] = payload
            return reply
        if result.data is not None:
            self._publish("execute_result", {"execution_count": count, "data": result.data,
                                             "metadata": result.metadata or {}})
        expressions = await self._user_expressions(user_expressions or {})
        streams.flush()
        return {"status": "ok", "execution_count": count, "payload": payload,
                "user_expressions": expressions}

    def _exit_soon(self) -> None:
        """``exit``/``quit``: as ipykernel, the reply (with its ask_exit payload) goes
        out, then the kernel stops its loop and ends."""
        def stop() -> None:
            self.watchdog.stop()
            self.sandbox.close()
            self.io_loop.stop()
        self.io_loop.call_later(0.1, stop)

    async def _user_expressions(self, expressions: dict[str, Any]) -> dict[str, Any]:
        """Evaluate ``user_expressions`` in the sandbox, each under the limits."""
        results: dict[str, Any] = {}
        for key, expression in expressions.items():
            source = str(expression)
            try:
                ast.parse(source, "<user expression>", mode="eval")
            except (SyntaxError, ValueError) as e:
                name = type(e).__name__
                message = str(e.msg) if isinstance(e, SyntaxError) else str(e)
                results[key] = {"status": "error", "ename": name, "evalue": message,
                                "traceback": [f"\x1b[0;31m{name}\x1b[0m: {message}"]}
                continue
            with self._armed():
                result = await self.sandbox.run_cell(source, "<user expression>",
                                                     result_bundle=True)
            if result.error is not None:
                ename, evalue, traceback = self._render_error(result)
                results[key] = {"status": "error", "ename": ename, "evalue": evalue,
                                "traceback": traceback}
                continue
            results[key] = {"status": "ok", "data": result.data or {"text/plain": "None"},
                            "metadata": result.metadata or {}}
        return results

    @contextlib.contextmanager
    def _armed(self) -> Iterator[None]:
        """In-process only: the last-resort timer for C code that holds the GIL."""
        if self.sandbox.isolation != "inprocess":
            yield
            return
        with self.watchdog.armed(self.sandbox_policy.timeout):
            yield

    @staticmethod
    def _render_error(result: Any) -> tuple[str, str, list[str]]:
        """(ename, evalue, ANSI traceback lines) as the interpreter rendered them."""
        traceback = (result.color_traceback or result.traceback or "").splitlines()
        return result.ename or "Error", result.evalue or "", traceback

    def _error_reply(self, count: int, result: Any, silent: bool) -> dict[str, Any]:
        ename, evalue, traceback = self._render_error(result)
        if ename == "UsageError":  # as IPython: one line on stderr, no traceback
            if not silent:
                streams = self._ensure_streams()
                streams.write("stderr", f"UsageError: {evalue}\n")
                streams.flush()
            return {"status": "error", "execution_count": count, "user_expressions": {},
                    "payload": [], "ename": ename, "evalue": evalue,
                    "traceback": [f"\x1b[0;31mUsageError\x1b[0m: {evalue}"]}
        return self._error_content(count, ename, evalue, traceback, silent)

    def _error_content(self, count: int, ename: str, evalue: str, traceback: list[str],
                       silent: bool) -> dict[str, Any]:
        content = {"ename": ename, "evalue": evalue,
                   "traceback": traceback or [f"\x1b[0;31m{ename}\x1b[0m: {evalue}"]}
        if not silent:
            self._publish("error", content)
        return {"status": "error", "execution_count": count, "user_expressions": {},
                "payload": [], **content}

    # -- the rest of the protocol ----------------------------------------------
    async def do_complete(self, code: str, cursor_pos: int) -> dict[str, Any]:
        return await self.sandbox.complete(code, cursor_pos)

    async def do_inspect(self, code: str, cursor_pos: int, detail_level: int = 0,
                         omit_sections: Any = ()) -> dict[str, Any]:
        return await self.sandbox.inspect(code, cursor_pos, detail_level)

    async def do_is_complete(self, code: str) -> dict[str, Any]:
        status, indent = cells.is_complete(code)
        reply: dict[str, Any] = {"status": status}
        if status == "incomplete":
            reply["indent"] = indent
        return reply

    async def do_history(self, hist_access_type: str, output: bool, raw: bool,
                         session: int | None = None, start: int | None = None,
                         stop: int | None = None, n: int | None = None,
                         pattern: str | None = None, unique: bool = False) -> dict[str, Any]:
        items = list(self.history)
        if hist_access_type == "tail":
            items = items[-n:] if n else items
        elif hist_access_type == "range":
            lo = start or 0
            hi = stop if stop is not None else float("inf")
            items = [h for h in items if lo <= h[1] < hi]
        elif hist_access_type == "search":
            glob = pattern or "*"
            items = [h for h in items if fnmatch.fnmatch(h[2], glob)]
            if unique:
                seen: set[str] = set()
                items = [h for h in items if not (h[2] in seen or seen.add(h[2]))]
            if n:
                items = items[-n:]
        history = [(s, line, (code, None) if output else code) for s, line, code in items]
        return {"status": "ok", "history": history}

    async def pythonbox_reset_request(self, stream: Any, ident: Any,
                                      parent: dict[str, Any]) -> None:
        """PythonBox's own shell message: a fresh session in this kernel process (a new
        worker forked from the clean template, in milliseconds), execution count and
        history from zero.  The grader sends it between submissions."""
        if self.sandbox.isolation != "process":
            content: dict[str, Any] = {
                "status": "error", "ename": "NotSupported",
                "evalue": "an in-process kernel restarts as a new process", "traceback": []}
        else:
            await self.sandbox.reset()
            self.execution_count = 0
            self.history.clear()
            content = {"status": "ok", "worker_pid": self.sandbox.worker_pid}  # type: ignore[attr-defined]
        self.session.send(stream, "pythonbox_reset_reply", content, parent, ident)

    async def do_shutdown(self, restart: bool) -> dict[str, Any]:
        self.watchdog.stop()
        self.sandbox.close()
        return {"status": "ok", "restart": restart}

    async def shutdown_request(self, stream: Any, ident: Any,
                               parent: dict[str, Any]) -> None:
        """ipykernel's handler, with the event loops stopped in a safe order.

        ipykernel stops the shell loop from inside the control handler; the main thread
        then closes the IOPub thread while the control thread, after the handler, still
        flushes ``sys.stdout`` through it, so that flush waits out its 10 s timeout
        (py-spy: ``OutStream.flush`` in ``process_control`` while ``IPKernelApp.close``
        joins the control thread).  Here the loops stop from a callback on the control
        loop, which runs only after this request's flushes and idle status are sent."""
        content = await self.do_shutdown(parent["content"]["restart"])
        self.session.send(stream, "shutdown_reply", content, parent, ident=ident)
        self._shutdown_message = self.session.msg("shutdown_reply", content, parent)
        await self._at_shutdown()
        control_loop = self.control_stream.io_loop if self.control_stream else self.io_loop
        loops = [self.io_loop]
        if self.shell_stream and self.shell_stream.io_loop is not self.io_loop:
            loops.append(self.shell_stream.io_loop)

        def stop_loops() -> None:
            for loop in loops:
                if loop is not control_loop:
                    loop.add_callback(loop.stop)
            control_loop.stop()

        control_loop.add_callback(stop_loops)

