"""The worker's side: one sandbox session served over the channel to the host.

Runs in a process forked from the template (already locked down).  Requests come in
as frames (``run``, ``complete``, ``inspect``, ``shutdown``); output goes out as
``event`` frames while a cell runs, then the ``result``.  ``input()`` and host tools
are a request to the host and a wait for its answer.  Before each cell the worker
forks a checkpoint (``checkpoint.take``): if this process dies, the host makes the
checkpoint the live worker, and it carries on from the state before the cell.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import select
import selectors
import signal
import socket
import struct
import threading
import time
import traceback
from collections import deque
from typing import Any

from .. import runtime as runtime_module
from ..errors import Interrupted, SecurityError
from ..facade import StdinNotImplementedError
from ..policy import Policy
from ..session import CellResult, Session
from ..tracebacks import api_error
from . import checkpoint, protocol
from .batching import StreamBatcher
from .memory import StatmPsutil
from .walls import PR_SET_PDEATHSIG, prctl

#: Values sent back as JSON when they are plain data of at most this many items.
MAX_VALUE_ITEMS = 10_000
#: Headroom of the address-space limit above the session's memory limit (thread
#: stacks, the interpreter's own growth).
ADDRESS_SPACE_HEADROOM_MB = 64


class ToolError(Exception):
    """A host tool failed; its error's name and text come along."""


def plain_json(value: Any, budget: list[int] | None = None) -> bool:
    """Whether ``value`` is JSON data made of exact builtin types (no user classes)."""
    budget = budget if budget is not None else [MAX_VALUE_ITEMS]
    budget[0] -= 1
    if budget[0] < 0:
        return False
    kind = type(value)
    if value is None or kind in (bool, str):
        return True
    if kind is int:
        return abs(value) < 2 ** 63
    if kind is float:
        return value == value and value not in (float("inf"), float("-inf"))
    if kind in (list, tuple):
        return all(plain_json(v, budget) for v in value)
    if kind is dict:
        return all(type(k) is str and plain_json(v, budget) for k, v in value.items())
    return False


def policy_from(data: dict[str, Any]) -> Policy:
    fields = {k: v for k, v in data.items() if k in Policy.__dataclass_fields__}
    if "allowed_modules" in fields:
        fields["allowed_modules"] = tuple(fields["allowed_modules"])
    return Policy(**fields)


class Worker:
    """Serves one session on ``sock`` until the host closes it."""

    def __init__(self, sock: socket.socket, options: dict[str, Any], walls: dict[str, str],
                 memory: StatmPsutil, test_hooks: bool, host_pid: int) -> None:
        self.sock = sock
        self.host_pid = host_pid
        self.walls = walls
        self.memory = memory
        self.test_hooks = test_hooks
        self.backlog: deque[tuple[dict[str, Any], list[int]]] = deque()
        self.request_id = 0
        self.send_lock = threading.Lock()
        self.output = StreamBatcher(self._send)
        self.loop = asyncio.SelectorEventLoop(selectors.PollSelector())  # no kernel state
        asyncio.set_event_loop(self.loop)
        self.policy = policy_from(options.get("policy", {}))
        self.session = Session(self.policy, on_event=self._event, input_func=self._input)
        self.session.env.ignore_typing = bool(options.get("ignore_typing", False))
        for name, value in (options.get("namespace") or {}).items():
            self.session.namespace[str(name)] = value
        for name in options.get("tools") or ():
            self.session.namespace[str(name)] = self._tool(str(name))
        if test_hooks:  # tests only: a worker turned hostile from inside a cell
            self.session.namespace["__test_hostile__"] = self._hostile
        signal.signal(signal.SIGINT, _between_cells)
        self.running = False
        #: pid of the checkpoint forked after the last cell, waiting for the next one
        self.prepared: int | None = None
        self.prepared_seconds = 0.0  # how long its fork took (off the cells' path)

    # -- sending ---------------------------------------------------------------
    def send(self, message: dict[str, Any]) -> None:
        """One whole frame, from any thread; anything else first sends the output
        buffered before it."""
        if message["op"] != "event" or message["msg_type"] != "stream":
            self.output.flush()
        self._send(message)

    def _send(self, message: dict[str, Any]) -> None:
        """A signal during the send stops the cell later, at its next check point,
        never in the middle of a frame."""
        rt = self.session.rt
        main = threading.current_thread() is threading.main_thread()
        with self.send_lock:
            inside = rt.in_sandbox
            if main:
                rt.in_sandbox = False
            try:
                protocol.send(self.sock, message)
            finally:
                if main:
                    rt.in_sandbox = inside

    def _event(self, msg_type: str, content: dict[str, Any]) -> None:
        if msg_type == "stream":
            self.output.write(content["name"], content["text"])
            return
        self.send({"op": "event", "msg_type": msg_type, "content": content})

    # -- waiting for the host inside a cell --------------------------------------
    def _wait_for(self, op: str, request_id: int) -> dict[str, Any]:
        rt = self.session.rt
        inside, rt.in_sandbox = rt.in_sandbox, False
        try:
            while True:
                if rt.stop is not None:
                    raise rt._fresh(rt.stop)
                ready, _, _ = select.select([self.sock], [], [], 0.05)
                if not ready:
                    continue
                fds: list[int] = []
                message = protocol.recv(self.sock, fds)
                if message is None:
                    os._exit(0)  # the host is gone
                if message["op"] == op and message.get("id") == request_id:
                    protocol.close_fds(fds)
                    return message
                if message["op"] in ("input_reply", "tool_result"):
                    protocol.close_fds(fds)  # a late answer to a wait that ended
                    continue
                self.backlog.append((message, fds))
        finally:
            rt.in_sandbox = inside

    def _input(self, prompt: str) -> str:
        self.request_id += 1
        with self.session.paused_clock():
            self.send({"op": "input_request", "id": self.request_id, "prompt": str(prompt),
                       "password": False})
            reply = self._wait_for("input_reply", self.request_id)
        if reply.get("interrupted"):
            raise Interrupted("execution interrupted by the user")
        if "error" in reply:
            raise StdinNotImplementedError(str(reply["error"]))
        return str(reply.get("value", ""))

    def _tool(self, name: str) -> Any:
        def tool(*args: Any, **kwargs: Any) -> Any:
            try:
                payload = json.loads(json.dumps([list(args), kwargs]))
            except (TypeError, ValueError) as e:
                raise TypeError(f"the arguments of tool {name!r} must be JSON data: {e}"
                                ) from None
            self.request_id += 1
            self.send({"op": "tool_call", "id": self.request_id, "name": name,
                       "args": payload[0], "kwargs": payload[1]})
            reply = self._wait_for("tool_result", self.request_id)
            if reply.get("ok"):
                return reply.get("value")
            raise ToolError(f"{reply.get('ename', 'Error')}: {reply.get('evalue', '')}")
        tool.__name__ = tool.__qualname__ = name
        tool.__doc__ = f"The host tool {name!r} (JSON arguments and result)."
        return tool

    # -- serving -----------------------------------------------------------------
    def serve(self) -> None:
        self.loop.add_reader(self.sock.fileno(), self._readable)
        self.send({"op": "hello", "pid": os.getpid(), "walls": self.walls})
        self.loop.run_forever()

    def _readable(self) -> None:
        fds: list[int] = []
        try:
            message = protocol.recv(self.sock, fds)
        except (protocol.ProtocolError, OSError):
            os._exit(3)
        if message is None:
            os._exit(0)
        self._dispatch(message, fds)

    def _dispatch(self, message: dict[str, Any], fds: list[int]) -> None:
        op = message["op"]
        if op == "run" and not self.running:
            self.running = True
            self.loop.create_task(self._run(message, fds))
            return
        protocol.close_fds(fds)
        if op == "complete":
            content = self._sync(self.session.complete(str(message["code"]),
                                                       int(message["cursor_pos"])))
            self.send({"op": "reply", "id": message["id"], "kind": "complete",
                       "content": content})
        elif op == "inspect":
            content = self._sync(self.session.inspect(
                str(message["code"]), int(message["cursor_pos"]),
                int(message.get("detail_level", 0))))
            self.send({"op": "reply", "id": message["id"], "kind": "inspect",
                       "content": content})
        elif op == "shutdown":
            os._exit(0)
        elif op == "test_exec" and self.test_hooks:
            self.send({"op": "test_result", "id": message["id"],
                       "outcome": _test_exec(str(message["source"]))})

    @staticmethod
    def _sync(coro: Any) -> Any:
        """Run a coroutine that never awaits (completion, inspection) to its end."""
        try:
            coro.send(None)
        except StopIteration as done:
            return done.value
        coro.close()  # pragma: no cover - they never suspend
        raise RuntimeError("completion suspended")

    async def _run(self, message: dict[str, Any], fds: list[int]) -> None:
        """One cell: its checkpoint (``now``: the channel for it; ``later``: for the one
        prepared after it), the cell, the result."""
        now, later = (fds + [None, None])[:2]
        protocol.close_fds(fds[2:])
        if now is not None and not checkpoint.use_prepared(self, now) and \
                checkpoint.take(self, now, []):
            if later is not None:
                os.close(later)  # the live worker's to prepare with
            self.running = False
            return  # this process is the restored checkpoint: the cell never ran
        try:
            entry = message.get("entry")
            if type(entry) is dict:
                result = await self._call_entry(entry)
            else:
                history = message.get("history")
                raw = message.get("raw")
                result = await self.session.run_cell(
                    str(message["code"]), str(message["name"]),
                    result_bundle=bool(message.get("bundle")),
                    history=history if type(history) is int else None,
                    raw=raw if type(raw) is str else None)
            self.send(self._result_message(int(message["id"]), result,
                                           bool(message.get("variables"))))
        finally:
            self.running = False
            checkpoint.reap()
            while self.backlog and not self.running:
                self._dispatch(*self.backlog.popleft())
        if later is not None:
            if self.running:
                os.close(later)
            else:
                checkpoint.prepare(self, later)  # True: restored from it; nothing to do

    async def _call_entry(self, entry: dict[str, Any]) -> CellResult:
        """``execute_async(..., entry_point=...)``: call the named function with the
        JSON arguments, as the in-process API does."""
        from .. import api

        name = str(entry.get("name"))
        failed = api._prepare_entry(self.session, name, entry.get("args") or [],
                                    entry.get("kwargs") or {})
        if failed is not None:
            return failed
        try:
            return await self.session.run_cell(api._ENTRY_SOURCE, f"<entry point {name}>")
        finally:
            api._cleanup_entry(self.session)

    def _result_message(self, request_id: int, result: CellResult,
                        variables: bool) -> dict[str, Any]:
        message: dict[str, Any] = {"op": "result", "id": request_id,
                                   "has_value": bool(result.has_value),
                                   "payload": result.payload}
        if result.error is not None:
            ename, evalue = result.ename or "Error", result.evalue or ""
            if type(result.error) is MemoryError and not evalue and \
                    self.policy.max_memory_mb is not None:
                # an allocation refused by the address-space limit
                ename = "MemoryLimitExceeded"
                evalue = (f"the cell used more than {self.policy.max_memory_mb} MB "
                          "(the session's memory limit)")
            message["status"] = "error"
            try:
                short = api_error(result.error, self.policy.timeout)
            except Exception:  # noqa: BLE001 - a broken __str__ of a user exception
                short = ename
            if ename == "MemoryLimitExceeded" and type(result.error) is MemoryError:
                short = f"{ename}: {evalue}"
            message["error"] = {"ename": ename, "evalue": evalue, "short": short,
                                "traceback": result.traceback or f"{ename}: {evalue}",
                                "color_traceback": result.color_traceback or ""}
        else:
            message["status"] = "ok"
            if result.data is not None:
                message["bundle"] = {"data": result.data, "metadata": result.metadata or {}}
            if result.has_value and plain_json(result.value):
                message["value"] = result.value
            elif result.has_value:
                message["value"] = {"repr": self._repr(result.value)}
        if variables:
            message["variables"] = self._variables()
        return message

    def _repr(self, value: Any) -> str:
        try:
            return str(self.session.call(repr, value))[:100_000]
        except BaseException:  # noqa: BLE001 - a failing __repr__ has no text
            return "<unrepresentable value>"

    def _variables(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for name, value in list(self.session.namespace.items()):
            if type(name) is not str or (name.startswith("__") and name.endswith("__")):
                continue
            found[name] = value if plain_json(value) else {"repr": self._repr(value)}
        return found

    # -- after a fork --------------------------------------------------------------
    def become_live(self, sock: socket.socket) -> None:
        """This process is a checkpoint the host activated: a new channel, a new
        self-pipe for the loop (and asyncio's running-loop record, which it keeps per
        pid), the memory watcher again, and its own statm file."""
        self.sock = sock
        self.send_lock = threading.Lock()  # a thread may have held it at the fork
        self.output.after_fork()
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # our parent is the host now
        if os.getppid() != self.host_pid:
            os._exit(0)  # the host is gone (or cannot adopt us): nobody to serve
        self.memory.replace(receive_statm(sock))
        loop = self.loop
        loop._close_self_pipe()  # type: ignore[attr-defined] # shared with the dead one
        loop._make_self_pipe()  # type: ignore[attr-defined]
        asyncio.events._set_running_loop(loop)  # asyncio ties it to the pid that ran it
        loop.add_reader(sock.fileno(), self._readable)
        rt = self.session.rt
        rt._watcher = None  # threads do not survive fork; the next cell starts one
        self.running = False
        self.send({"op": "restored", "pid": os.getpid(), "walls": self.walls})


    def _hostile(self, kind: str) -> None:
        """Tests only: send what a compromised worker might, then keep running."""
        frame = protocol.encode
        bad: dict[str, bytes] = {
            "malformed": struct.pack(">I", 20) + b"{this is not json!!!",
            "huge": struct.pack(">I", 0xFFFFFFF0) + b"x" * 1000,
            "unknown": frame({"op": "launch", "target": "host"}),
            "bad_event": frame({"op": "event", "msg_type": "stream",
                                "content": {"name": "stdin", "text": 1}}),
            "bad_display": frame({"op": "event", "msg_type": "display_data",
                                  "content": {"data": {"text/html": ["<b>"]}}}),
            "unasked_result": frame({"op": "result", "id": 987654, "status": "ok",
                                     "has_value": False}),
            "flood": frame({"op": "event", "msg_type": "stream",
                            "content": {"name": "stdout", "text": "x"}}) * 300_000,
        }
        rt = self.session.rt
        inside, rt.in_sandbox = rt.in_sandbox, False
        try:
            with contextlib.suppress(OSError):
                self.sock.sendall(bad[kind])
        finally:
            rt.in_sandbox = inside
        time.sleep(60)


def _between_cells(signum: int, frame: object) -> None:
    """An interrupt that arrives when no cell runs has nothing to stop."""


def _test_exec(source: str) -> dict[str, Any]:
    """Tests only: host Python in the locked-down worker, as an attacker who broke the
    language wall would run it.  Never reachable from a normal kernel."""
    namespace: dict[str, Any] = {}
    try:
        exec(compile(source, "<wall test>", "exec"), namespace)  # noqa: S102
    except BaseException as e:  # noqa: BLE001 - the test reads what happened
        return {"raised": type(e).__name__, "text": str(e),
                "traceback": traceback.format_exc()[-2000:]}
    result = namespace.get("result")
    return {"raised": None, "result": result if plain_json(result) else repr(result)}


def adopt(host_pid: int) -> None:
    """Wait until the host (a child subreaper) is our parent, then die with it."""
    for _ in range(4000):
        if os.getppid() == host_pid:
            break
        time.sleep(0.00025)
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != host_pid:
        os._exit(0)  # the host is gone already (or never adopted us)


def start(sock: socket.socket, options: dict[str, Any], walls: dict[str, str],
          test_hooks: bool, host_pid: int) -> None:
    """The worker's life, in a process just forked from the template."""
    adopt(host_pid)
    memory = StatmPsutil(receive_statm(sock))
    runtime_module.psutil = memory  # type: ignore[assignment]
    from . import rlimits

    worker = Worker(sock, options, dict(walls), memory, test_hooks, host_pid)
    worker.walls["address_space"] = rlimits.limit_address_space(
        worker.policy.max_memory_mb, ADDRESS_SPACE_HEADROOM_MB, memory.fd)
    worker.serve()


def receive_statm(sock: socket.socket) -> int:
    """Say ``started`` (our pid); the host answers ``init`` with our statm file."""
    protocol.send(sock, {"op": "started", "pid": os.getpid()})
    fds: list[int] = []
    init = protocol.recv(sock, fds)
    if init is None or init["op"] != "init" or len(fds) != 1:
        os._exit(2)
    return fds[0]


__all__ = ["SecurityError", "Worker", "start"]
