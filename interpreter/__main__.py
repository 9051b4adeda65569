"""``python -m interpreter [options] FILE [ARG ...]``: run a file in the sandbox, as
``python FILE`` runs it.

Output goes to stdout as it is printed; ``input()`` reads stdin; an error prints the
sandbox traceback to stderr and exits with status 1; ``sys.exit(code)`` ends it with
that status; a file that cannot be read prints
one line and exits 2, as CPython does.  A file is a script, not a cell: top-level
``await`` is the SyntaxError CPython gives.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .policy import Policy
from .session import Session
from .tracebacks import render

PROG = "python -m interpreter"


def _limit(convert: Callable[[str], float | int]) -> Callable[[str], float | int | None]:
    """A limit's value: a number, or ``none`` for no limit."""
    def parse(text: str) -> float | int | None:
        if text.strip().lower() in ("none", "off", "unlimited"):
            return None
        value = convert(text)
        if value < 0:
            raise argparse.ArgumentTypeError(f"a limit cannot be negative: {text}")
        return value

    parse.__name__ = convert.__name__  # argparse names the type in its error message
    return parse


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG,
                                     description="Run a Python file in the PythonBox sandbox.")
    parser.add_argument("file", help="the script")
    parser.add_argument("args", nargs=argparse.REMAINDER,
                        help="the script's arguments (its sys.argv[1:])")
    parser.add_argument("--timeout", type=_limit(float), default=30.0,
                        help="seconds for the whole script, or 'none' (default 30)")
    parser.add_argument("--max-memory-mb", type=_limit(int), default=1024,
                        help="MiB, or 'none' (default 1024)")
    parser.add_argument("--max-operations", type=_limit(int), default=None,
                        help="operation budget, or 'none' (the default)")
    parser.add_argument("--allowed-modules", help="comma-separated module allow-list")
    return parser


def _read_stdin(prompt: str) -> str:
    """CPython's ``input()`` without a terminal: the prompt to stdout, a line of stdin."""
    sys.stdout.write(prompt)
    sys.stdout.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError("EOF when reading a line")
    return line[:-1] if line.endswith("\n") else line


def _to_terminal(msg_type: str, content: dict[str, Any]) -> None:
    """The session's output as a terminal shows it: streams as they are printed, a
    displayed object as its text (what ``display()`` prints outside Jupyter)."""
    if msg_type == "stream":
        stream = sys.stderr if content.get("name") == "stderr" else sys.stdout
        stream.write(content.get("text", ""))
        stream.flush()
    elif msg_type in ("display_data", "update_display_data", "execute_result"):
        text = content.get("data", {}).get("text/plain")
        if text is not None:
            sys.stdout.write(f"{text}\n")
            sys.stdout.flush()


def _await_outside_function(source: str, filename: str) -> SyntaxError | None:
    """CPython's error for top-level ``await``/``async for``/``async with`` in a file
    (the sandbox allows them in cells).  Compiling runs nothing."""
    try:
        compile(source, filename, "exec", dont_inherit=True)
        return None
    except SyntaxError as e:
        error = e
    except (ValueError, RecursionError, MemoryError):
        return None  # the session reports these itself
    try:
        compile(source, filename, "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None  # some other error: the session's own SyntaxError says it
    return error


def _set_argv(session: Session, argv: list[str]) -> None:
    """The script's ``sys.argv`` (set by sandbox code itself, so nothing of the host's
    ``sys`` is involved; nothing to set where the allow-list leaves ``sys`` out)."""
    session.run_cell_sync(
        "try:\n    import sys as _pbx_sys\nexcept ImportError:\n    pass\n"  # not offered
        f"else:\n    _pbx_sys.argv[:] = {argv!r}\n    del _pbx_sys\n", "<argv>")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    path = Path(args.file)
    shown = str(path.absolute())
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as e:
        print(f"{PROG}: can't open file {shown!r}: [Errno {e.errno}] {e.strerror}",
              file=sys.stderr)
        return 2
    except UnicodeDecodeError as e:
        print(f"{PROG}: can't decode file {shown!r} as UTF-8: {e.reason}", file=sys.stderr)
        return 1
    refused = _await_outside_function(source, shown)
    if refused is not None:
        print(render(refused), file=sys.stderr)
        return 1
    policy = Policy(timeout=args.timeout, max_memory_mb=args.max_memory_mb,
                    max_operations=args.max_operations)
    if args.allowed_modules is not None:
        policy = policy.with_changes(allowed_modules=tuple(
            m.strip() for m in args.allowed_modules.split(",") if m.strip()))

    reads_stdin = sys.stdin is not None and not sys.stdin.closed
    session = Session(policy, on_event=_to_terminal,
                      input_func=_read_stdin if reads_stdin else None)
    _set_argv(session, [args.file, *args.args])
    result = session.run_cell_sync(source, shown)
    sys.stdout.flush()
    if isinstance(result.error, SystemExit):
        return _exit_status(result.error, result.evalue or "")
    if result.error is not None:
        print(result.traceback, file=sys.stderr)
        return 1
    return 0


_EXIT_CODE = SystemExit.__dict__["code"].__get__  # the field itself: no property of a subclass


def _exit_status(exc: SystemExit, text: str) -> int:
    """CPython's ending for ``sys.exit(code)``: no traceback; ``None`` is 0, an int is
    the status, anything else is printed to stderr with status 1."""
    code = _EXIT_CODE(exc)
    if code is None:
        return 0
    if type(code) is int or type(code) is bool:
        return int(code) & 0xFF
    print(text, file=sys.stderr)  # str() of the code, made by the sandbox under its guard
    return 1


if __name__ == "__main__":
    sys.exit(main())
