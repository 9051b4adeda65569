"""``python -m pythonbox_kernel lab``: JupyterLab on a copy of the demo notebooks.

JupyterLab autosaves outputs into the notebooks it opens; run on the tracked
``notebooks/`` it dirtied the checkout (limits.ipynb grew by ~95k lines).  The launcher
copies the demos into ``scratch/notebooks`` (ignored by git) once, keeps the copies a
user has changed, and starts JupyterLab there, listening on 127.0.0.1 only.  As root
(containers, CI) it adds ``--allow-root``, which JupyterLab otherwise demands.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
DEMOS = CHECKOUT / "notebooks"
DEFAULT_COPY = CHECKOUT / "scratch" / "notebooks"
SKIP = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "*.pyc")


def copy_demos(dest: Path, fresh: bool = False, source: Path = DEMOS) -> list[Path]:
    """Copy the demo notebooks (and the grading example) into ``dest``.  Files already
    there are the user's: kept, unless ``fresh``.  Returns the files copied."""
    if not (source / "tour.ipynb").exists():
        raise FileNotFoundError(f"the demo notebooks are not here: {source} (run from a "
                                "source checkout of PythonBox)")
    copied: list[Path] = []

    def copy(src: str, dst: str) -> str:
        target = Path(dst)
        if fresh or not target.exists():
            shutil.copy2(src, target)
            target.chmod(0o644)
            copied.append(target)
        return dst

    shutil.copytree(source, dest, ignore=SKIP, copy_function=copy, dirs_exist_ok=True)
    return copied


def lab_argv(root: Path, extra: Sequence[str], euid: int) -> list[str]:
    """The ``jupyter lab`` command line: this environment's JupyterLab on ``root``."""
    argv = [sys.executable, "-m", "jupyterlab", "--ip=127.0.0.1", f"--ServerApp.root_dir={root}"]
    if euid == 0 and "--allow-root" not in extra:
        argv.append("--allow-root")
    return [*argv, *extra]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pythonbox_kernel lab",
        description="Start JupyterLab (on 127.0.0.1) on a copy of the demo notebooks; "
                    "other options go to jupyter lab.")
    parser.add_argument("--dir", type=Path, default=DEFAULT_COPY,
                        help=f"where the copies go (default {DEFAULT_COPY})")
    parser.add_argument("--fresh", action="store_true",
                        help="copy the demos again over the copies you changed")
    args, extra = parser.parse_known_args(argv)
    dest = args.dir.resolve()
    try:
        copy_demos(dest, fresh=args.fresh)
    except FileNotFoundError as e:
        print(f"pythonbox lab: {e}", file=sys.stderr)
        return 2
    print(f"PythonBox demo notebooks: {dest} (copies: your runs never change "
          f"{DEMOS}; --fresh copies them again)", flush=True)
    command = lab_argv(dest, extra, os.geteuid())
    os.execv(command[0], command)
    return 0  # pragma: no cover - exec does not return
