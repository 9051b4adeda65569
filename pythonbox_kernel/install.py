"""``python -m pythonbox_kernel install``: put the kernelspec where Jupyter finds it."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager

LOGOS = ("logo-32x32.png", "logo-64x64.png", "logo-svg.svg")


def spec_dir() -> Path:
    """The shipped kernelspec: the source checkout's, else the one installed as data."""
    here = Path(__file__).resolve().parent.parent / "kernelspec"
    if (here / "kernel.json").exists():
        return here
    return Path(sys.prefix) / "share" / "jupyter" / "kernels" / "pythonbox"


def kernel_argv(options: dict[str, object]) -> list[str]:
    """The environment's own Python running the kernel, with ``--PythonBoxKernel.x=y``."""
    argv = [sys.executable, "-m", "pythonbox_kernel", "-f", "{connection_file}"]
    for trait, value in options.items():
        if value is None:
            continue
        if isinstance(value, list | tuple):
            value = json.dumps(list(value))
        argv.append(f"--PythonBoxKernel.{trait}={value}")
    return argv


def install(name: str = "pythonbox", display_name: str = "PythonBox", user: bool = False,
            prefix: str | None = None, options: dict[str, object] | None = None) -> str:
    """Install the spec; returns the directory it went to."""
    source = spec_dir()
    with tempfile.TemporaryDirectory() as tmp:
        for logo in LOGOS:
            if (source / logo).exists():
                shutil.copy(source / logo, Path(tmp) / logo)
        spec = {"argv": kernel_argv(options or {}), "display_name": display_name,
                "language": "python", "interrupt_mode": "signal",
                "metadata": {"debugger": False}}
        (Path(tmp) / "kernel.json").write_text(json.dumps(spec, indent=2) + "\n")
        path = KernelSpecManager().install_kernel_spec(tmp, kernel_name=name, user=user,
                                                       prefix=prefix)
    make_world_readable(Path(path))
    return path


def make_world_readable(spec: Path) -> None:
    """0755 directories, 0644 files, as ipykernel's specs: ``copytree`` keeps the
    temporary directory's 0700, which hides the kernel from every other user
    (JupyterHub, a teacher's exam kernel installed by root)."""
    spec.chmod(0o755)
    for root, dirs, files in os.walk(spec):
        for name in dirs:
            (Path(root) / name).chmod(0o755)
        for name in files:
            (Path(root) / name).chmod(0o644)


class _NoLimit:
    """``--timeout none``: the trait's ``None`` (no limit), as traitlets spells it."""

    def __str__(self) -> str:
        return "None"


NO_LIMIT = _NoLimit()


def _limit(convert: Callable[[str], object]) -> Callable[[str], object]:
    def parse(text: str) -> object:
        if text.strip().lower() in ("none", "off", "unlimited"):
            return NO_LIMIT
        value = convert(text)
        if value < 0:  # type: ignore[operator]
            raise argparse.ArgumentTypeError(f"a limit cannot be negative: {text}")
        return value

    parse.__name__ = convert.__name__
    return parse


def main(argv: list[str] | None = None) -> int:
    """The ``install`` command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m pythonbox_kernel install",
                                     description="Install the PythonBox kernelspec.")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help="install for the current user")
    where.add_argument("--sys-prefix", action="store_true",
                       help="install into this environment (sys.prefix)")
    where.add_argument("--prefix", help="install under PREFIX/share/jupyter/kernels")
    parser.add_argument("--name", default="pythonbox")
    parser.add_argument("--display-name", default="PythonBox")
    parser.add_argument("--allowed-modules", help="comma-separated module allow-list")
    parser.add_argument("--timeout", type=_limit(float), help="seconds per cell, or 'none'")
    parser.add_argument("--max-memory-mb", type=_limit(int), help="MiB, or 'none'")
    parser.add_argument("--max-operations", type=_limit(int), help="per cell, or 'none'")
    parser.add_argument("--max-recursion-depth", type=int, help="sandbox call depth")
    parser.add_argument("--max-output-bytes", type=_limit(int), help="per cell, or 'none'")
    parser.add_argument("--os-restrictions", action="store_true", default=None,
                        help="also lower the kernel process's rlimits")
    parser.add_argument("--watchdog-grace", type=float,
                        help="seconds past the timeout before a cell stuck in C code is "
                             "stopped")
    parser.add_argument("--isolation", choices=["process", "inprocess"],
                        help="process (default): a jailed worker with checkpoints; "
                             "inprocess: the kernel process, language wall only")
    parser.add_argument("--data-dir", action="append", dest="data_dirs",
                        help="a directory the jailed worker may read (repeatable)")
    args = parser.parse_args(argv)
    options: dict[str, object] = {
        "allowed_modules": None if args.allowed_modules is None else [
            m.strip() for m in args.allowed_modules.split(",") if m.strip()],
        "timeout": args.timeout,
        "max_memory_mb": args.max_memory_mb,
        "max_operations": args.max_operations,
        "max_recursion_depth": args.max_recursion_depth,
        "max_output_bytes": args.max_output_bytes,
        "os_restrictions": args.os_restrictions,
        "watchdog_grace": args.watchdog_grace,
        "isolation": args.isolation,
        "data_dirs": args.data_dirs,
    }
    prefix = sys.prefix if args.sys_prefix else args.prefix
    path = install(args.name, args.display_name, user=args.user, prefix=prefix, options=options)
    print(f"Installed kernelspec {args.name} in {path}")
    return 0
