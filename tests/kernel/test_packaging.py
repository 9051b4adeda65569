"""What a user gets from ``pip install`` and ``install``: readable kernelspecs, the
grading CLI's dependencies declared, the licence file."""

from __future__ import annotations

import ast
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534


@pytest.fixture
def shared_prefix() -> Iterator[Path]:
    """A prefix another user can reach (pytest's tmp_path is 0700 under root's)."""
    prefix = Path(tempfile.mkdtemp(prefix="pythonbox-prefix-"))
    prefix.chmod(0o755)
    yield prefix
    shutil.rmtree(prefix)


def _install(prefix: Path, umask: int) -> Path:
    """``python -m pythonbox_kernel install --prefix`` under a given umask."""
    out = subprocess.run(
        [sys.executable, "-c", f"import os, sys; os.umask({umask:#o}); "
         "from pythonbox_kernel.install import main; "
         "sys.exit(main(['--prefix', sys.argv[1], '--name', 'pythonbox-exam']))", str(prefix)],
        capture_output=True, text=True, check=True, timeout=60)
    assert "pythonbox-exam" in out.stdout
    return prefix / "share" / "jupyter" / "kernels" / "pythonbox-exam"


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_installed_kernelspec_is_0755_and_0644(shared_prefix: Path, umask: int) -> None:
    spec = _install(shared_prefix, umask)
    assert stat.S_IMODE(spec.stat().st_mode) == 0o755
    files = sorted(spec.iterdir())
    assert [p.name for p in files] == ["kernel.json", "logo-32x32.png", "logo-64x64.png",
                                       "logo-svg.svg"]
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in files} == {
        p.name: 0o644 for p in files}


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None,
                    reason="switching to a second user needs root and setpriv")
def test_another_user_sees_the_installed_kernel(shared_prefix: Path) -> None:
    """What Jupyter does to find a kernel (list the kernels directory, read kernel.json),
    done as ``nobody``: the teacher's root-installed exam kernel is visible to students."""
    spec = _install(shared_prefix, 0o022)
    kernels = spec.parent
    for parent in (kernels, kernels.parent, kernels.parent.parent):
        parent.chmod(0o755)  # the prefix's own directories are the installer's business
    as_nobody = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    listing = subprocess.run([*as_nobody, "ls", str(kernels)], capture_output=True,
                             text=True, timeout=30)
    assert listing.returncode == 0, listing.stderr
    assert listing.stdout.split() == ["pythonbox-exam"]
    for name in ("kernel.json", "logo-64x64.png"):
        read = subprocess.run([*as_nobody, "cat", str(spec / name)], capture_output=True,
                              timeout=30)
        assert read.returncode == 0, read.stderr
        assert read.stdout == (spec / name).read_bytes()
    kernel_json = json.loads(subprocess.run([*as_nobody, "cat", str(spec / "kernel.json")],
                                            capture_output=True, timeout=30).stdout)
    assert kernel_json["argv"][1:3] == ["-m", "pythonbox_kernel"]


def test_grading_cli_help_runs() -> None:
    out = subprocess.run([sys.executable, "-m", "pythonbox_kernel.grading", "--help"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("usage:")
    script = shutil.which("pythonbox-grade")
    if script is not None:  # the console script, as pip installs it
        out = subprocess.run([script, "--help"], capture_output=True, text=True, timeout=60,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith("usage:")


def _guarded(tree: ast.AST) -> set[int]:
    """ids of import statements inside ``try: ... except ImportError`` (optional ones)."""
    guarded: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(
                isinstance(h.type, ast.Name) and h.type.id in ("ImportError",
                                                               "ModuleNotFoundError")
                for h in node.handlers):
            guarded.update(id(sub) for stmt in node.body for sub in ast.walk(stmt))
    return guarded


def _third_party_imports(package: Path) -> set[str]:
    """Top-level modules a package imports unconditionally, minus the stdlib and ours."""
    found: set[str] = set()
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        optional = _guarded(tree)
        for node in ast.walk(tree):
            if id(node) in optional:
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    ours = {"interpreter", "pythonbox_kernel"}
    return {name for name in found if name not in sys.stdlib_module_names | ours}


def test_every_runtime_import_is_a_declared_dependency() -> None:
    """A plain ``pip install`` (no extras) must give every module the package imports:
    ``pythonbox-grade`` once failed with ModuleNotFoundError: nbformat."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {canonicalize_name(Requirement(r).name) for r in project["dependencies"]}
    distributions = packages_distributions()
    missing = {}
    for package in ("interpreter", "pythonbox_kernel"):
        for module in _third_party_imports(ROOT / package):
            dists = {canonicalize_name(d) for d in distributions.get(module, [module])}
            if not dists & declared:
                missing[module] = sorted(dists)
    # pyseccomp is a dependency on Linux only (the marker in pyproject.toml)
    optional = {"pyseccomp"} if sys.platform != "linux" else set()
    assert {m: d for m, d in missing.items() if m not in optional} == {}


def test_license_file_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == {"text": "MIT"}
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License\n")
    assert "Copyright (c)" in text and "PythonBox contributors" in text
    assert "THE SOFTWARE IS PROVIDED \"AS IS\"" in text
