"""The host treats the worker as hostile: bad frames end the worker, never the host.

Two kinds of fake workers: a thread that writes garbage into a host connection
(``WorkerConnection``, what the kernel reads with), and a real worker that turns
hostile inside a cell (the test-only ``__test_hostile__`` hook), which must be ended
and restored from its checkpoint while the host's event loop stays responsive.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
import time

import pytest

from interpreter.jail import protocol
from interpreter.jail.host import WorkerConnection

FRAMES = {
    "malformed": struct.pack(">I", 12) + b"{not json!!}",
    "not an object": struct.pack(">I", 2) + b"[]",
    "huge": struct.pack(">I", protocol.MAX_FRAME + 1),
    "unknown": protocol.encode({"op": "launch"}),
    "bad stream": protocol.encode({"op": "event", "msg_type": "stream",
                                   "content": {"name": "stdin", "text": "x"}}),
    "bad display": protocol.encode({"op": "event", "msg_type": "display_data",
                                    "content": {"data": {"text/html": 5}, "metadata": {}}}),
    "unknown event": protocol.encode({"op": "event", "msg_type": "execute_reply",
                                      "content": {}}),
    "bad result": protocol.encode({"op": "result", "id": "1", "status": "ok",
                                   "has_value": False}),
    "NaN": struct.pack(">I", 30) + b'{"op":"result","id":NaN}      ',
    "half a frame": struct.pack(">I", 100) + b'{"op":',
    "flood": protocol.encode({"op": "event", "msg_type": "stream",
                              "content": {"name": "stdout", "text": "y"}}) * 250_000,
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("kind", sorted(FRAMES))
def test_connection_ends_on_a_bad_frame(kind: str) -> None:
    ours, theirs = socket.socketpair()
    conn = WorkerConnection(0, ours, {})
    conn.reset_budget(100_000)
    ended = threading.Event()
    reasons: list[str] = []
    good: list[dict] = []

    def end(_: WorkerConnection, reason: str) -> None:
        reasons.append(reason)
        ended.set()
    conn.start(lambda _, m: good.append(m), end)
    writer = threading.Thread(target=_write, args=(theirs, FRAMES[kind]))
    writer.start()
    assert ended.wait(30), "the host kept reading a hostile stream"
    ours.close()  # the writer of a flood is blocked: this ends its send
    writer.join()
    theirs.close()
    assert reasons[0].startswith("protocol"), reasons
    assert len(good) < 100_000  # a flood is cut off long before its end


def _write(sock: socket.socket, data: bytes) -> None:
    try:
        sock.sendall(data)
        if data.startswith(struct.pack(">I", 100)):
            sock.shutdown(socket.SHUT_WR)  # the worker ended mid-frame
    except OSError:
        pass


def test_good_frames_pass() -> None:
    event = {"op": "event", "msg_type": "update_display_data",
             "content": {"data": {"text/plain": "1", "application/json": {"a": [1]}},
                         "metadata": {}, "transient": {"display_id": "d1"}}}
    assert protocol.check_from_worker(event) is event
    with pytest.raises(protocol.ProtocolError):
        protocol.check_from_worker({"op": "event", "msg_type": "update_display_data",
                                    "content": {"data": {}, "metadata": {}}})
    with pytest.raises(protocol.ProtocolError):
        protocol.decode(b'{"op": "x", "v": Infinity}')


HOSTILE = ["malformed", "huge", "unknown", "bad_event", "bad_display", "unasked_result",
           "flood"]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_worker_is_ended_and_restored(hooked, kind: str) -> None:
    async def scenario() -> tuple[object, object, int, float]:
        await hooked.run_cell(f"kept = {kind!r}\nchanged = 0")
        ticks = 0
        stop = asyncio.Event()

        async def ticker() -> None:  # the host's loop must stay responsive
            nonlocal ticks
            while not stop.is_set():
                ticks += 1
                await asyncio.sleep(0.01)
        t = asyncio.create_task(ticker())
        start = time.monotonic()
        r = await hooked.run_cell(f"changed = 1\n__test_hostile__({kind!r})")
        elapsed = time.monotonic() - start
        stop.set()
        await t
        after = await hooked.run_cell("(kept, changed)")
        return r, after, ticks, elapsed

    r, after, ticks, elapsed = asyncio.run(scenario())
    assert r.ename == "ProtocolError", (r.ename, r.evalue)
    assert "restored to its state before this cell" in r.evalue
    assert elapsed < 20
    assert ticks >= elapsed * 20, "the host's event loop stalled"
    assert after.error is None and after.value == [kind, 0]
