"""``python -m interpreter FILE.py``: run a file in the sandbox.

Output goes to stdout as it is printed; an error prints the sandbox traceback to
stderr and exits with status 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .policy import Policy
from .session import Session


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m interpreter",
                                     description="Run a Python file in the PythonBox sandbox.")
    parser.add_argument("file", type=Path)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--max-memory-mb", type=int, default=1024)
    parser.add_argument("--allowed-modules", help="comma-separated module allow-list")
    args = parser.parse_args(argv)
    source = args.file.read_text(encoding="utf-8")
    policy = Policy(timeout=args.timeout, max_memory_mb=args.max_memory_mb)
    if args.allowed_modules is not None:
        policy = policy.with_changes(allowed_modules=tuple(
            m.strip() for m in args.allowed_modules.split(",") if m.strip()))

    def echo(text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    session = Session(policy, on_stdout=echo)
    result = session.run_cell_sync(source, str(args.file))
    if result.error is not None:
        sys.stdout.flush()
        print(result.traceback, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
