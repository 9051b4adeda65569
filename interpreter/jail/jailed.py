"""``JailedSession``: the session facade, with the session in a locked-down worker.

The same API as :class:`interpreter.Session` (``run_cell``, ``complete``, ``inspect``,
``interrupt``, ``paused_clock``, ``reset``), backed by a worker process behind the OS
walls, with a copy-on-write checkpoint before every cell.  When the worker dies (an
allocation over the address-space limit, a segfault in C code, a kill from outside, C
code stuck past the timeout plus grace, a protocol violation) the checkpoint becomes
the live worker and the cell's result is an error that says what happened and that
the session is back to its state before the cell.

Values do not cross the wall: a result's ``value`` is the value itself when it is
plain JSON data, else a :class:`RemoteValue` that shows the sandbox's ``repr``.
Tools are host functions the worker calls by name, with JSON arguments and result.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import Any

from ..facade import StdinNotImplementedError
from ..output import EventSink
from ..policy import Policy
from ..session import CellResult
from . import protocol
from .host import (
    RESTORE_TIMEOUT,
    JailConfig,
    Template,
    WorkerConnection,
    handshake,
    wait_status,
)

#: Seconds to wait for a completion or inspection answer before answering empty.
REPLY_TIMEOUT = 10.0
#: Seconds between two looks at a running worker's address space.
SAMPLE_INTERVAL = 0.1
_FATAL = {signal.SIGSEGV: "a segmentation fault", signal.SIGBUS: "a bus error",
          signal.SIGABRT: "an abort", signal.SIGILL: "an illegal instruction",
          signal.SIGFPE: "a floating-point exception", signal.SIGSYS: "a forbidden system call"}


class WorkerError(Exception):
    """An error raised in the worker; only its name and text come across."""

    def __init__(self, ename: str, evalue: str) -> None:
        super().__init__(evalue)
        self.ename = ename


class RemoteValue:
    """A value that stayed in the worker; its ``repr`` is the sandbox's."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


class _Run:
    """The cell in flight."""

    def __init__(self, request_id: int, future: asyncio.Future[Any],
                 checkpoint: socket.socket) -> None:
        self.id = request_id
        self.future = future
        self.checkpoint = checkpoint
        self.checkpoint_pid: int | None = None
        #: the checkpoint prepared after the last cell (the worker may use it instead)
        self.prepared: socket.socket | None = None
        self.stdout: list[str] = []
        self.kill_at: float | None = None
        self.paused = 0
        self.paused_since = 0.0


def _plain(value: Any) -> Any:
    return RemoteValue(value["repr"]) if type(value) is dict and set(value) == {"repr"} \
        else value


class JailedSession:
    """A sandbox session in a jailed worker process (see the module docstring)."""

    isolation = "process"

    def __init__(self, policy: Policy | None = None, *,
                 on_stdout: Callable[[str], None] | None = None,
                 on_event: EventSink | None = None,
                 input_func: Callable[[str], str] | None = None,
                 tools: dict[str, Callable[..., Any]] | None = None,
                 namespace: dict[str, Any] | None = None, ignore_typing: bool = False,
                 config: JailConfig | None = None, template: Template | None = None
                 ) -> None:
        self.policy = policy or Policy()
        self.config = config or JailConfig()
        self.on_stdout = on_stdout
        self.on_event = on_event
        self.input_func = input_func
        self.tools = dict(tools or {})
        data = {k: v for k, v in (namespace or {}).items() if not callable(v)}
        self.tools.update({k: v for k, v in (namespace or {}).items() if callable(v)})
        json.dumps(data)  # a namespace crosses the wall as JSON, or not at all
        self.options = {"policy": asdict(self.policy), "tools": sorted(self.tools),
                        "namespace": data, "ignore_typing": ignore_typing}
        self.own_template = template is None
        self.template = template or Template(self.config)
        self.worker: WorkerConnection | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.run: _Run | None = None
        self.replies: dict[int, asyncio.Future[Any]] = {}
        self.ids = itertools.count(1)
        self.input_pending = False
        self.kill_reason: str | None = None
        self.restores = 0
        #: how long the last checkpoint's fork took in the worker (seconds)
        self.last_checkpoint_seconds: float | None = None
        self.closed = False
        self._timer: asyncio.TimerHandle | None = None
        #: the channel of the checkpoint the worker may prepare after the current cell
        self._prepared: socket.socket | None = None
        self._sampler: threading.Thread | None = None
        self._lock = threading.Lock()

    # -- the worker ------------------------------------------------------------
    def _live(self) -> WorkerConnection:
        if self.closed:
            raise RuntimeError("the session is closed")
        if self.worker is None:
            if not self.template.alive():
                self.template = Template(self.config)
            self._adopt(self.template.spawn(self.options))
        assert self.worker is not None
        return self.worker

    def _adopt(self, worker: WorkerConnection) -> None:
        self.worker = worker
        worker.reset_budget(self.policy.max_output_bytes)
        worker.start(self._from_thread, self._ended_from_thread)

    @property
    def worker_pid(self) -> int:
        """The live worker's pid (a worker is started if there is none)."""
        return self._live().pid

    @property
    def walls(self) -> dict[str, str]:
        return dict(self._live().walls)

    @property
    def deadline(self) -> float | None:
        run = self.run
        return None if run is None else run.kill_at

    # -- messages from the reader thread -----------------------------------------
    def _call(self, fn: Callable[..., None], *args: Any) -> None:
        loop = self.loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(fn, *args)
                return
            except RuntimeError:
                pass
        with self._lock:
            fn(*args)

    def _from_thread(self, worker: WorkerConnection, message: dict[str, Any]) -> None:
        self._call(self._handle, worker, message)

    def _ended_from_thread(self, worker: WorkerConnection, reason: str) -> None:
        self._call(self._ended, worker, reason)

    def _handle(self, worker: WorkerConnection, message: dict[str, Any]) -> None:
        if worker is not self.worker:
            return  # a worker that was replaced
        op = message["op"]
        run = self.run
        if op == "event":
            msg_type, content = message["msg_type"], message["content"]
            if msg_type == "stream" and content["name"] == "stdout":
                if run is not None:
                    run.stdout.append(content["text"])
                if self.on_stdout is not None:
                    self.on_stdout(content["text"])
            if self.on_event is not None:
                self.on_event(msg_type, content)
        elif op == "result":
            if run is None or message["id"] != run.id:
                return self._violation(worker, "a result nobody asked for")
            if not run.future.done():
                run.future.set_result(message)
        elif op == "checkpoint":
            if run is None:
                return self._violation(worker, "a checkpoint outside a cell")
            run.checkpoint_pid = message["pid"]
            if message.get("prepared"):  # the one forked after the last cell
                unused, run.checkpoint, run.prepared = run.checkpoint, run.prepared, None
            else:
                unused, run.prepared = run.prepared, None
            if unused is not None:
                unused.close()  # a checkpoint nobody will need: it exits
            self.last_checkpoint_seconds = message.get("seconds")
        elif op == "reply":
            future = self.replies.pop(message["id"], None)
            if future is None:
                return self._violation(worker, "a reply nobody asked for")
            if not future.done():
                future.set_result(message)
        elif op == "input_request":
            self._answer_input(worker, message)
        elif op == "tool_call":
            self._answer_tool(worker, message)
        elif op == "test_result":
            future = self.replies.pop(message["id"], None)
            if future is not None and not future.done():
                future.set_result(message)
        else:
            self._violation(worker, f"an unexpected {op!r}")

    def _violation(self, worker: WorkerConnection, what: str) -> None:
        self.kill_reason = f"protocol: the worker sent {what}"
        worker.kill()

    def _answer_input(self, worker: WorkerConnection, message: dict[str, Any]) -> None:
        reply: dict[str, Any] = {"op": "input_reply", "id": message.get("id")}
        if self.input_func is None:
            reply["error"] = "input() is not available: this host does not answer input requests"
        else:
            self.input_pending = True
            try:
                with self.paused_clock():
                    reply["value"] = str(self.input_func(message["prompt"]))
            except KeyboardInterrupt:
                reply["interrupted"] = True
            except StdinNotImplementedError as e:
                reply["error"] = str(e)
            except Exception as e:  # noqa: BLE001 - the host's input failed: the cell's error
                reply["error"] = f"{type(e).__name__}: {e}"
            finally:
                self.input_pending = False
        with contextlib.suppress(OSError, protocol.ProtocolError):
            worker.send(reply)

    def _answer_tool(self, worker: WorkerConnection, message: dict[str, Any]) -> None:
        reply: dict[str, Any] = {"op": "tool_result", "id": message["id"]}
        tool = self.tools.get(message["name"])
        try:
            if tool is None:
                raise NameError(f"no tool named {message['name']!r}")
            value = tool(*message["args"], **message["kwargs"])
            reply.update(ok=True, value=json.loads(json.dumps(value)))
        except Exception as e:  # noqa: BLE001 - a tool's failure is the sandbox's error
            reply.update(ok=False, ename=type(e).__name__, evalue=str(e))
        with contextlib.suppress(OSError, protocol.ProtocolError):
            worker.send(reply)

    # -- a worker that ended ---------------------------------------------------------
    def _ended(self, worker: WorkerConnection, reason: str) -> None:
        if worker is not self.worker:
            return
        worker.kill()
        status = wait_status(worker.pid)
        cause = self._cause(worker, self.kill_reason or reason, status)
        self.kill_reason = None
        self.worker = None
        for future in self.replies.values():
            if not future.done():
                future.set_result(None)
        self.replies.clear()
        run = self.run
        prepared, self._prepared = self._prepared, None
        if run is None:
            if prepared is not None and self._activate([prepared], None):
                self.restores += 1
                self._notice(f"PythonBox: the session's worker ended between cells ({cause}); "
                             "the session was restored to its state after the last cell.\n")
                return
            if prepared is not None:
                prepared.close()
            self._notice(f"PythonBox: the session's worker ended between cells ({cause}); "
                         "a fresh session starts with the next cell.\n")
            return
        if prepared is not None:
            prepared.close()  # this cell's own: the worker that would prepare it is gone
        restored = self._restore(run)
        if run.future.done():  # it had answered already: only the cell's effects are lost
            self._notice(f"PythonBox: the session's worker ended right after the cell ({cause}); "
                         + ("the session was restored to its state before that cell.\n"
                            if restored else "a fresh session starts with the next cell.\n"))
            return
        if restored:
            self.restores += 1
            text = f"{cause}; the session was restored to its state before this cell"
        else:
            text = f"{cause}; the session could not be restored: a fresh session starts"
        ename, _, evalue = text.partition(": ")
        if not run.future.done():
            run.future.set_result({"op": "result", "id": run.id, "status": "error",
                                   "has_value": False, "restored": restored,
                                   "error": {"ename": ename, "evalue": evalue,
                                             "short": text,
                                             "traceback": f"{ename}: {evalue}",
                                             "color_traceback":
                                                 f"\x1b[0;31m{ename}\x1b[0m: {evalue}"}})

    def _cause(self, worker: WorkerConnection, reason: str, status: int | None) -> str:
        limit = self.policy.max_memory_mb
        near_limit = worker.as_limit is not None and \
            worker.peak_address_space > 0.8 * worker.as_limit
        if reason.startswith("timeout"):
            return (f"TimeLimitExceeded: the cell was stuck more than "
                    f"{self.config.grace:g} s past its time limit of "
                    f"{self.policy.timeout:g} s in code that ignores interrupts; "
                    "its worker was stopped")
        if reason.startswith("protocol"):
            return f"ProtocolError: the worker broke the protocol ({reason[10:]}); it was stopped"
        if status is not None and os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            if limit is not None and near_limit and sig in (signal.SIGKILL, signal.SIGSEGV,
                                                            signal.SIGABRT, signal.SIGBUS):
                return f"MemoryLimitExceeded: the cell used more than {limit} MB"
            name = signal.Signals(sig).name
            if sig in _FATAL:
                return f"WorkerCrashed: the worker crashed with {_FATAL[sig]} ({name})"
            return f"WorkerKilled: the worker was killed by {name}"
        if status is not None and os.WIFEXITED(status):
            if limit is not None and near_limit:
                return f"MemoryLimitExceeded: the cell used more than {limit} MB"
            return f"WorkerExited: the worker exited with status {os.WEXITSTATUS(status)}"
        return f"WorkerLost: the worker ended ({reason})"

    def _restore(self, run: _Run) -> bool:
        """Make the cell's checkpoint the live worker."""
        # the cell's own checkpoint first; if the worker died before saying which it
        # took, the one prepared after the last cell may be the only one there is
        candidates = [c for c in (run.checkpoint, run.prepared) if c is not None]
        run.checkpoint = run.prepared = None  # type: ignore[assignment]
        return self._activate(candidates, run.checkpoint_pid)

    def _activate(self, candidates: list[socket.socket], expected: int | None) -> bool:
        """The first checkpoint on these channels that answers becomes the live worker."""
        for sock in candidates:
            try:
                protocol.send(sock, {"op": "activate"})
                pid, restored = handshake(sock, "restored", expected, RESTORE_TIMEOUT)
            except (OSError, protocol.ProtocolError):
                sock.close()
                expected = None
                continue
            for other in candidates:
                if other is not sock:
                    other.close()
            self._adopt(WorkerConnection(pid, sock, dict(restored["walls"])))
            return True
        return False

    def _notice(self, text: str) -> None:
        if self.on_event is not None:
            self.on_event("stream", {"name": "stderr", "text": text})

    # -- the time limit the host enforces --------------------------------------------
    def _arm(self, run: _Run) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if run.kill_at is None or run.paused or self.loop is None:
            return
        delay = max(0.0, run.kill_at - time.monotonic())
        self._timer = self.loop.call_later(delay, self._stuck, run)

    def _stuck(self, run: _Run) -> None:
        if run is self.run and self.worker is not None and not run.future.done():
            self.kill_reason = "timeout"
            self.worker.kill()

    @contextlib.contextmanager
    def paused_clock(self) -> Iterator[None]:
        """While a person answers ``input()``, the host's kill timer waits too."""
        run = self.run
        if run is None:
            yield
            return
        run.paused += 1
        if run.paused == 1:
            run.paused_since = time.monotonic()
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        try:
            yield
        finally:
            run.paused -= 1
            if run.paused == 0 and run is self.run:
                if run.kill_at is not None:
                    run.kill_at += time.monotonic() - run.paused_since
                self._arm(run)

    def _sample(self) -> None:
        while not self.closed:
            time.sleep(SAMPLE_INTERVAL)
            worker, run = self.worker, self.run
            if worker is not None and run is not None:
                worker.sample()

    # -- the facade -------------------------------------------------------------------
    async def run_cell(self, source: str, name: str = "<string>", *,
                       result_bundle: bool = False, variables: bool = False,
                       entry: dict[str, Any] | None = None, history: int | None = None,
                       raw: str | None = None) -> CellResult:
        """Run a cell in the worker (see ``Session.run_cell``).  With ``variables``,
        ``self.last_variables`` holds the namespace afterwards (JSON values, or
        ``RemoteValue`` reprs).  ``entry`` (``{"name", "args", "kwargs"}``, JSON) calls
        a function of the session instead, as ``execute_async(entry_point=...)``."""
        self.loop = asyncio.get_running_loop()
        worker = self._live()
        if self._sampler is None:
            self._sampler = threading.Thread(target=self._sample, daemon=True,
                                             name="pythonbox-jail-sampler")
            self._sampler.start()
        ours, theirs = socket.socketpair()
        later, later_theirs = socket.socketpair()
        run = _Run(next(self.ids), self.loop.create_future(), ours)
        run.prepared, self._prepared = self._prepared, later
        timeout = self.policy.timeout
        if timeout is not None:
            run.kill_at = time.monotonic() + timeout + self.config.grace
        worker.reset_budget(self.policy.max_output_bytes)
        worker.peak_address_space = 0
        self.run = run
        try:
            request = {"op": "run", "id": run.id, "code": source, "name": name,
                       "bundle": result_bundle, "variables": variables}
            if entry is not None:
                request["entry"] = entry
            if history is not None:
                request["history"], request["raw"] = int(history), raw
            worker.send(request, fds=[theirs.fileno(), later_theirs.fileno()])
        except (OSError, protocol.ProtocolError):
            pass  # the reader sees the worker's end and resolves the run
        finally:
            theirs.close()
            later_theirs.close()
        self._arm(run)
        try:
            with self._forward_interrupts():
                message = await run.future
        finally:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self.run = None
            for channel in (run.checkpoint, run.prepared):
                if channel is not None:
                    channel.close()  # the cell finished: its checkpoint exits
        return self._result(message, run)

    def _result(self, message: dict[str, Any], run: _Run) -> CellResult:
        result = CellResult(has_value=message["has_value"], stdout="".join(run.stdout),
                            payload=_payload(message.get("payload")))
        self.last_variables = {k: _plain(v) for k, v in (message.get("variables") or {}
                                                            ).items()}
        if message["status"] == "error":
            error = message["error"]
            result.error = WorkerError(error["ename"], error["evalue"])
            result.error_name, result.error_value = error["ename"], error["evalue"]
            result.traceback = error["traceback"]
            result.color_traceback = error["color_traceback"]
            result.short_error = error.get("short") or f"{error['ename']}: {error['evalue']}"
            result.has_value = False
            return result
        result.value = _plain(message.get("value"))
        bundle = message.get("bundle")
        if bundle is not None:
            result.data, result.metadata = bundle["data"], bundle.get("metadata", {})
        return result

    @contextlib.contextmanager
    def _forward_interrupts(self) -> Iterator[None]:
        """SIGINT to this process (the interrupt button) stops the worker's cell."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return

        def forward(signum: int, frame: object) -> None:
            self.interrupt()
            if self.input_pending:
                raise KeyboardInterrupt  # ends the host's wait for the person

        saved = signal.signal(signal.SIGINT, forward)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, saved)

    def interrupt(self) -> None:
        worker = self.worker
        if worker is not None and self.run is not None:
            with contextlib.suppress(OSError):
                os.kill(worker.pid, signal.SIGINT)

    async def _request(self, message: dict[str, Any]) -> dict[str, Any] | None:
        self.loop = asyncio.get_running_loop()
        worker = self._live()
        request_id = next(self.ids)
        future = self.loop.create_future()
        self.replies[request_id] = future
        try:
            worker.send({**message, "id": request_id})
            return await asyncio.wait_for(future, REPLY_TIMEOUT)
        except (TimeoutError, OSError, protocol.ProtocolError):
            return None
        finally:
            self.replies.pop(request_id, None)

    async def complete(self, code: str, cursor_pos: int) -> dict[str, Any]:
        reply = await self._request({"op": "complete", "code": code,
                                     "cursor_pos": int(cursor_pos)})
        if reply is None:
            return {"status": "ok", "matches": [], "cursor_start": cursor_pos,
                    "cursor_end": cursor_pos, "metadata": {}}
        content = reply["content"]
        matches = [m for m in content["matches"] if type(m) is str][:10_000]
        start, end = content["cursor_start"], content["cursor_end"]
        if type(start) is not int or type(end) is not int:
            start = end = cursor_pos
        return {"status": "ok", "matches": matches, "cursor_start": start,
                "cursor_end": end, "metadata": {}}

    async def inspect(self, code: str, cursor_pos: int,
                      detail_level: int = 0) -> dict[str, Any]:
        reply = await self._request({"op": "inspect", "code": code,
                                     "cursor_pos": int(cursor_pos),
                                     "detail_level": int(detail_level)})
        content = None if reply is None else reply["content"]
        if content is None or content["found"] is not True or \
                type(content["data"]) is not dict or \
                type(content["data"].get("text/plain")) is not str:
            return {"status": "ok", "found": False, "data": {}, "metadata": {}}
        return {"status": "ok", "found": True,
                "data": {"text/plain": content["data"]["text/plain"]}, "metadata": {}}

    async def test_exec(self, source: str) -> dict[str, Any]:
        """Tests only (``JailConfig(test_hooks=True)``): host Python in the worker."""
        reply = await self._request({"op": "test_exec", "source": source})
        if reply is None:
            raise RuntimeError("the worker did not answer test_exec")
        return reply["outcome"]

    async def reset(self) -> None:
        """A fresh session: a new worker forked from the clean template."""
        self._drop_worker()
        self.template.wipe_scratch()
        self._live()

    def _drop_worker(self) -> None:
        if self._prepared is not None:
            self._prepared.close()
            self._prepared = None
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.close()

    def close(self) -> None:
        if self.closed:
            return
        self._drop_worker()
        self.closed = True
        if self.own_template:
            self.template.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()


def _payload(items: Any) -> list[dict[str, Any]]:
    """The worker's execute_reply payloads, of the two shapes a cell may ask for (an
    ``obj?`` page of text, ``exit``'s ask_exit); anything else from it is dropped."""
    found: list[dict[str, Any]] = []
    for item in items if type(items) is list else ():
        if type(item) is not dict:
            continue
        if item.get("source") == "ask_exit":
            found.append({"source": "ask_exit", "keepkernel": item.get("keepkernel") is True})
        elif item.get("source") == "page" and type(item.get("data")) is dict:
            data = {k: v for k, v in item["data"].items()
                    if k in ("text/plain", "text/html") and type(v) is str}
            found.append({"source": "page", "data": data, "start": 0})
    return found
