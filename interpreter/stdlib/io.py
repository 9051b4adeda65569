"""The sandbox's ``io``: in-memory streams only; there is no sandbox file system yet."""

from __future__ import annotations

import io as host_io
from typing import TYPE_CHECKING, Any

from ..errors import SecurityError
from ..security.firewall import sandbox_api

if TYPE_CHECKING:
    from . import Stdlib


@sandbox_api
def open(*args: Any, **kwargs: Any) -> Any:  # noqa: A001 - it is io.open
    """Refused: the sandbox has no file system (use io.StringIO or io.BytesIO)."""
    raise SecurityError("io.open() is not available: the sandbox has no file system "
                        "(io.StringIO and io.BytesIO work in memory)")


open.__module__ = "io"


def build(lib: Stdlib) -> dict[str, Any]:
    names = ("StringIO", "BytesIO", "IOBase", "RawIOBase", "BufferedIOBase",
             "TextIOBase", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
             "DEFAULT_BUFFER_SIZE", "BlockingIOError", "IncrementalNewlineDecoder",
             "text_encoding")
    values = {n: getattr(host_io, n) for n in names if hasattr(host_io, n)}
    values["open"] = open
    return values
