"""``sys.stdout`` and ``sys.stderr`` of the sandbox, and where printed text goes.

Text written by sandbox code goes to the session's output (``Output.stream``), through
the runtime so that ``max_output_bytes`` covers both streams.  ``contextlib.redirect_stdout``
and the sandbox's own ``doctest`` push a target on a per-session stack instead of
swapping the host's ``sys.stdout``.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from ..runtime import Runtime
from ..security.firewall import sandbox_api

STREAM_NAMES = ("stdout", "stderr")


class Streams:
    """One session's two output streams and their redirection stacks."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.targets: dict[str, list[Any]] = {"stdout": [], "stderr": []}
        #: ``sys.stdout``/``sys.stderr`` as user code sees them: their writes follow the
        #: redirections, as CPython's ``sys.stdout`` is whatever it was set to.
        self.stdout = SandboxStream(self, "stdout")
        self.stderr = SandboxStream(self, "stderr")
        #: The session's own streams, which a redirection saved and writes back to.
        self.real = {"stdout": SandboxStream(self, "stdout", follow=False),
                     "stderr": SandboxStream(self, "stderr", follow=False)}

    def write(self, name: str, text: str) -> None:
        stack = self.targets[name]
        if stack:
            stack[-1].write(text)
        else:
            self.rt.write(text, name)

    def write_stdout(self, text: str) -> None:
        """``print()``'s default destination (the fast path when nothing is redirected)."""
        stack = self.targets["stdout"]
        if stack:
            stack[-1].write(text)
        else:
            self.rt.write(text)

    def current(self, name: str) -> Any:
        """What ``sys.stdout`` (or ``stderr``) is right now, as an object to keep."""
        stack = self.targets[name]
        return stack[-1] if stack else self.real[name]

    def push(self, name: str, target: Any) -> None:
        self.targets[name].append(target)

    def pop(self, name: str, target: Any) -> None:
        stack = self.targets[name]
        for i in range(len(stack) - 1, -1, -1):
            if stack[i] is target:
                del stack[i]
                return

    def reset(self) -> None:
        """A new cell starts with nothing redirected (a cell may end inside a redirect)."""
        for stack in self.targets.values():
            stack.clear()


@sandbox_api
class SandboxStream:
    """A write-only text stream of the sandbox: what ``sys.stdout``/``sys.stderr`` are."""

    __slots__ = ("_streams", "_name", "_follow")

    def __init__(self, streams: Streams, name: str, *, follow: bool = True) -> None:
        try:
            object.__getattribute__(self, "_name")
        except AttributeError:
            pass
        else:
            raise TypeError("a sandbox stream cannot be re-initialised")
        self._streams = streams
        self._name = name
        self._follow = follow

    @property
    def name(self) -> str:
        return f"<{self._name}>"

    @property
    def encoding(self) -> str:
        return "utf-8"

    @property
    def errors(self) -> str:
        return "strict"

    @property
    def closed(self) -> bool:
        return False

    @property
    def newlines(self) -> None:
        return None

    def write(self, text: Any) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        text = str.__str__(text)
        if self._follow:
            self._streams.write(self._name, text)
        else:
            self._streams.rt.write(text, self._name)
        return len(text)

    def writelines(self, lines: Iterable[Any]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return False

    def seekable(self) -> bool:
        return False

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")

    def read(self, *args: Any) -> str:
        raise io.UnsupportedOperation("not readable")

    readline = read

    def __repr__(self) -> str:
        return f"<sandbox {self._name}>"

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise TypeError(f"cannot pickle the sandbox's {self._name}")
