"""Length-prefixed JSON frames between the kernel side and a jailed worker.

A frame is a 4-byte big-endian length and that many bytes of UTF-8 JSON: one object
with an ``op`` string.  JSON, never pickle: the host side parses what the worker sends
with ``json.loads`` and checks every field's type before anything uses it
(:func:`check_from_worker`).  Anything else (a frame over the size limit, bytes that are
not JSON, an unknown ``op``, a field of the wrong type) is a :class:`ProtocolError`, and
the host ends the worker for it.
"""

from __future__ import annotations

import json
import math
import os
import socket
import struct
from typing import Any

#: Largest frame either side accepts (a display of a big image fits; 1 GB does not).
MAX_FRAME = 32 * 1024 * 1024
_HEADER = struct.Struct(">I")
#: Jupyter output events the worker may send, as ``interpreter.output`` makes them.
EVENT_TYPES = frozenset({"stream", "display_data", "update_display_data", "clear_output"})
STREAM_NAMES = frozenset({"stdout", "stderr"})


class ProtocolError(Exception):
    """The peer broke the protocol: the connection (and a worker) must end."""


def encode(message: dict[str, Any]) -> bytes:
    body = json.dumps(message, ensure_ascii=False, allow_nan=False,
                      separators=(",", ":")).encode("utf-8", "surrogatepass")
    if len(body) > MAX_FRAME:
        raise ProtocolError(f"message of {len(body)} bytes is over the {MAX_FRAME} limit")
    return _HEADER.pack(len(body)) + body


def decode(body: bytes) -> dict[str, Any]:
    try:
        message = json.loads(body.decode("utf-8", "surrogatepass"),
                             parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise ProtocolError(f"not a JSON frame: {type(e).__name__}") from None
    if type(message) is not dict or type(message.get("op")) is not str:
        raise ProtocolError("a frame must be an object with an 'op'")
    return message


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def send(sock: socket.socket, message: dict[str, Any], fds: list[int] | None = None) -> None:
    """Send one frame (blocking; with ``fds``, passed along as SCM_RIGHTS)."""
    data = encode(message)
    if fds:
        sent = socket.send_fds(sock, [data[:_HEADER.size]], fds)
        if sent != _HEADER.size:  # pragma: no cover - a 4-byte send is never partial
            raise ProtocolError("short send")
        data = data[_HEADER.size:]
    sock.sendall(data)


def _recv_exact(sock: socket.socket, n: int, fds: list[int] | None) -> bytes | None:
    chunks: list[bytes] = []
    got = 0
    while got < n:
        if fds is not None and got == 0:
            data, ancillary, _, _ = socket.recv_fds(sock, n, 4)
            fds.extend(ancillary)
        else:
            data = sock.recv(min(n - got, 1 << 20))
        if not data:
            if got == 0:
                return None
            raise ProtocolError("connection closed in the middle of a frame")
        chunks.append(data)
        got += len(data)
    return b"".join(chunks)


def recv(sock: socket.socket, fds: list[int] | None = None,
         max_frame: int = MAX_FRAME) -> dict[str, Any] | None:
    """One frame (blocking), or None at a clean end of stream.

    With ``fds`` a list, file descriptors passed with the frame are appended to it;
    without, any that come along are closed by the OS (they do not fit)."""
    header = _recv_exact(sock, _HEADER.size, fds)
    if header is None:
        return None
    (length,) = _HEADER.unpack(header)
    if length > max_frame:
        raise ProtocolError(f"frame of {length} bytes is over the {max_frame} limit")
    body = _recv_exact(sock, length, None) if length else b""
    if body is None:
        raise ProtocolError("connection closed after a frame header")
    return decode(body)


def close_fds(fds: list[int]) -> None:
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


# -- what the host accepts from a worker --------------------------------------------

def _need(message: dict[str, Any], key: str, *kinds: type, optional: bool = False) -> Any:
    if key not in message:
        if optional:
            return None
        raise ProtocolError(f"{message.get('op')!r} message without {key!r}")
    value = message[key]
    if optional and value is None:
        return None
    if type(value) not in kinds:
        raise ProtocolError(f"{message.get('op')!r}: {key!r} has type {type(value).__name__}")
    if type(value) is float and not math.isfinite(value):
        raise ProtocolError(f"{key!r} is not finite")
    return value


def _json_object(value: Any, what: str) -> dict[str, Any]:
    if type(value) is not dict or any(type(k) is not str for k in value):
        raise ProtocolError(f"{what} must be an object with string keys")
    return value


def _mime_bundle(content: dict[str, Any], what: str) -> None:
    data = _json_object(content.get("data"), f"{what} data")
    for mime, payload in data.items():
        if "/" not in mime or len(mime) > 200:
            raise ProtocolError(f"{what}: {mime[:50]!r} is not a MIME type")
        if not (mime == "application/json" or mime.endswith("+json")) and \
                type(payload) is not str:
            raise ProtocolError(f"{what}: {mime} data must be a string")
    _json_object(content.get("metadata", {}), f"{what} metadata")


def check_event(msg_type: Any, content: Any) -> None:
    """An output event as ``interpreter.output`` makes them, or ProtocolError."""
    if type(msg_type) is not str or msg_type not in EVENT_TYPES:
        raise ProtocolError(f"unknown event type {str(msg_type)[:50]!r}")
    content = _json_object(content, "event content")
    if msg_type == "stream":
        if content.get("name") not in STREAM_NAMES or type(content.get("text")) is not str \
                or set(content) != {"name", "text"}:
            raise ProtocolError("a stream event has a name (stdout/stderr) and a text")
    elif msg_type == "clear_output":
        if set(content) != {"wait"} or type(content["wait"]) is not bool:
            raise ProtocolError("clear_output has one boolean 'wait'")
    else:
        if not set(content) <= {"data", "metadata", "transient"}:
            raise ProtocolError(f"{msg_type}: unexpected fields")
        _mime_bundle(content, msg_type)
        transient = _json_object(content.get("transient", {}), "transient")
        if not set(transient) <= {"display_id"} or \
                type(transient.get("display_id", "")) is not str:
            raise ProtocolError("transient holds a string display_id only")
        if msg_type == "update_display_data" and "display_id" not in transient:
            raise ProtocolError("update_display_data needs a display_id")


def _check_error(error: Any) -> None:
    error = _json_object(error, "error")
    for key in ("ename", "evalue", "traceback", "color_traceback"):
        if type(error.get(key)) is not str:
            raise ProtocolError(f"error.{key} must be a string")
    if type(error.get("short", "")) is not str:
        raise ProtocolError("error.short must be a string")


def _check_walls(walls: Any) -> None:
    walls = _json_object(walls, "walls")
    for name, state in walls.items():
        if type(state) is not str or len(name) > 40 or len(state) > 200:
            raise ProtocolError("walls maps names to short strings")


_REPLY_KINDS = {"complete": {"matches", "cursor_start", "cursor_end"},
                "inspect": {"found", "data"}}


def check_from_worker(message: dict[str, Any]) -> dict[str, Any]:
    """The message if its shape is one the host knows, else ProtocolError."""
    op = message["op"]
    if op == "event":
        check_event(message.get("msg_type"), message.get("content"))
    elif op == "result":
        _need(message, "id", int)
        if _need(message, "status", str) not in ("ok", "error"):
            raise ProtocolError("result status is ok or error")
        _need(message, "has_value", bool)
        if message["status"] == "error":
            _check_error(message.get("error"))
        bundle = _need(message, "bundle", dict, optional=True)
        if bundle is not None:
            _mime_bundle(bundle, "result")
        _need(message, "value", str, int, float, bool, list, dict, optional=True)
        _need(message, "variables", dict, optional=True)
    elif op == "reply":
        _need(message, "id", int)
        content = _json_object(message.get("content"), "reply content")
        kind = _need(message, "kind", str)
        if kind not in _REPLY_KINDS or not _REPLY_KINDS[kind] <= set(content):
            raise ProtocolError(f"a {kind[:20]!r} reply lacks its fields")
    elif op == "input_request":
        _need(message, "prompt", str)
        _need(message, "password", bool)
    elif op == "tool_call":
        _need(message, "id", int)
        _need(message, "name", str)
        _need(message, "args", list)
        _need(message, "kwargs", dict)
    elif op in ("hello", "restored"):
        _need(message, "pid", int)
        _check_walls(message.get("walls"))
    elif op == "checkpoint":
        _need(message, "pid", int, optional=True)
        _need(message, "error", str, optional=True)
        _need(message, "seconds", float, optional=True)
    elif op in ("spawned", "started"):
        _need(message, "pid", int)
    elif op == "test_result":
        _need(message, "id", int)
        _need(message, "outcome", dict)
    else:
        raise ProtocolError(f"unknown op {op[:50]!r}")
    return message
