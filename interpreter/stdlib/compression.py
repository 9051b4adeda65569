"""``zlib``, ``gzip`` (bytes only) and ``struct``, with what one C call allocates checked.

Decompression grows in chunks, each checked against the memory limit, so a small
"zip bomb" stops with ``MemoryLimitExceeded`` instead of filling the process;
``struct.pack`` checks ``calcsize`` of its format first.
"""

from __future__ import annotations

import gzip
import struct
import zlib
from typing import TYPE_CHECKING, Any

from ..security.firewall import sandbox_api
from .limits import check_bytes

if TYPE_CHECKING:
    from . import Stdlib

_CHUNK = 16 << 20


def _inflate(rt: Any, obj: Any, data: Any, max_length: int = 0) -> bytes:
    """``obj.decompress(data, max_length)`` in chunks, each checked as it grows."""
    out: list[bytes] = []
    total = 0
    while True:
        want = _CHUNK if max_length == 0 else min(_CHUNK, max_length - total)
        if want <= 0:
            break
        piece = obj.decompress(data, want)
        out.append(piece)
        total += len(piece)
        check_bytes(rt, total, "decompression")
        data = obj.unconsumed_tail
        if obj.eof or (len(piece) < want and not data):
            break
    return b"".join(out)


@sandbox_api
class Decompress:
    """A ``zlib.decompressobj()`` whose output is checked against the memory limit."""

    __slots__ = ("_d", "_rt")

    def __init__(self, d: Any, rt: Any) -> None:
        self._d, self._rt = d, rt

    @property
    def unused_data(self) -> bytes:
        return self._d.unused_data

    @property
    def unconsumed_tail(self) -> bytes:
        return self._d.unconsumed_tail

    @property
    def eof(self) -> bool:
        return self._d.eof

    def decompress(self, data: Any, max_length: int = 0) -> bytes:
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        return _inflate(self._rt, self._d, data, max_length)

    def flush(self, length: int = zlib.DEF_BUF_SIZE) -> bytes:
        check_bytes(self._rt, int(length), "decompression")
        out = _inflate(self._rt, self._d, self._d.unconsumed_tail)
        return out + self._d.flush(length)

    def copy(self) -> Decompress:
        return Decompress(self._d.copy(), self._rt)

    def __repr__(self) -> str:
        return "<zlib.Decompress object>"


def build_zlib(lib: Stdlib) -> dict[str, Any]:
    rt = lib.rt
    values = {n: getattr(zlib, n) for n in dir(zlib) if not n.startswith("_")}

    def decompress(data: Any, /, wbits: int = zlib.MAX_WBITS,
                   bufsize: int = zlib.DEF_BUF_SIZE) -> bytes:
        """Returns a bytes object containing the uncompressed data."""
        d = zlib.decompressobj(wbits)
        out = _inflate(rt, d, data)
        out += d.flush()
        if not d.eof:
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated "
                             "stream")
        return out

    def decompressobj(wbits: int = zlib.MAX_WBITS, zdict: Any = b"") -> Decompress:
        """Return a decompressor object."""
        return Decompress(zlib.decompressobj(wbits, zdict) if zdict else
                          zlib.decompressobj(wbits), rt)

    for fn in (decompress, decompressobj):
        fn.__module__ = "zlib"
        sandbox_api(fn)
    values.update(decompress=decompress, decompressobj=decompressobj)
    return values


def build_gzip(lib: Stdlib) -> dict[str, Any]:
    import io

    rt = lib.rt

    def decompress(data: Any) -> bytes:
        """Decompress a gzip compressed string in one shot.
        Return the decompressed string."""
        members = []
        data = bytes(data)
        while True:
            fp = io.BytesIO(data)
            if gzip._read_gzip_header(fp) is None:  # type: ignore[attr-defined]
                return b"".join(members)
            do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
            decompressed = _inflate(rt, do, data[fp.tell():])
            if not do.eof or len(do.unused_data) < 8:
                raise EOFError("Compressed file ended before the end-of-stream marker "
                               "was reached")
            crc, length = struct.unpack("<II", do.unused_data[:8])
            if crc != zlib.crc32(decompressed):
                raise gzip.BadGzipFile("CRC check failed")
            if length != (len(decompressed) & 0xffffffff):
                raise gzip.BadGzipFile("Incorrect length of data produced")
            members.append(decompressed)
            check_bytes(rt, sum(map(len, members)), "decompression")
            data = do.unused_data[8:].lstrip(b"\x00")

    decompress.__module__ = "gzip"
    sandbox_api(decompress)
    return {"BadGzipFile": gzip.BadGzipFile, "compress": gzip.compress,
            "decompress": decompress}


def build_struct(lib: Stdlib) -> dict[str, Any]:
    rt = lib.rt
    values = {n: getattr(struct, n) for n in ("Struct", "calcsize", "error", "iter_unpack",
                                              "pack_into", "unpack", "unpack_from")}

    def pack(format: Any, /, *v: Any) -> bytes:  # noqa: A002 - CPython's name
        """pack(format, v1, v2, ...) -> bytes"""
        check_bytes(rt, struct.calcsize(format), "struct.pack")
        return struct.pack(format, *v)

    pack.__module__ = "struct"
    sandbox_api(pack)
    values["pack"] = pack
    return values
