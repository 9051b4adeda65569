"""The README's first command: JupyterLab on copies of the demo notebooks, for whoever
runs it (root too), listening on 127.0.0.1 only, never writing into ``notebooks/``."""

from __future__ import annotations

import json
import os
import re
import secrets
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

from pythonbox_kernel.lab import DEMOS, copy_demos, lab_argv

ROOT = Path(__file__).resolve().parents[2]


def _readme_first_command() -> str:
    text = (ROOT / "README.md").read_text()
    match = re.search(r"```bash\n(.+?)\n```", text)
    assert match is not None
    return match.group(1)


def test_readme_first_command_is_the_launcher() -> None:
    steps = [step.strip() for step in _readme_first_command().split("&&")]
    assert steps == ["pip install -e '.[lab]'",
                     "python -m pythonbox_kernel install --sys-prefix",
                     "python -m pythonbox_kernel lab"]


def test_allow_root_only_for_root(tmp_path: Path) -> None:
    as_root = lab_argv(tmp_path, ["--no-browser"], euid=0)
    as_user = lab_argv(tmp_path, ["--no-browser"], euid=1000)
    assert as_root[:3] == as_user[:3] == [sys.executable, "-m", "jupyterlab"]
    assert "--ip=127.0.0.1" in as_root and "--ip=127.0.0.1" in as_user
    assert f"--ServerApp.root_dir={tmp_path}" in as_user
    assert "--allow-root" in as_root and "--allow-root" not in as_user
    assert as_root[-1] == as_user[-1] == "--no-browser"


def test_copies_keep_what_the_user_changed(tmp_path: Path) -> None:
    dest = tmp_path / "demos"
    copied = copy_demos(dest)
    shipped = sorted(p.relative_to(DEMOS) for p in DEMOS.rglob("*.ipynb")
                     if ".ipynb_checkpoints" not in p.parts)
    assert sorted(p.relative_to(dest) for p in dest.rglob("*.ipynb")) == shipped
    assert len(copied) >= len(shipped)
    tour = dest / "tour.ipynb"
    assert tour.read_bytes() == (DEMOS / "tour.ipynb").read_bytes()
    tour.write_text('{"changed": "by the user"}')
    assert copy_demos(dest) == []  # a second start copies nothing over the user's work
    assert tour.read_text() == '{"changed": "by the user"}'
    assert tour in copy_demos(dest, fresh=True)
    assert tour.read_bytes() == (DEMOS / "tour.ipynb").read_bytes()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _demo_bytes() -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(DEMOS.rglob("*")) if p.is_file()
            and "__pycache__" not in p.parts}


def test_readme_lab_command_serves_copies_on_loopback(tmp_path: Path) -> None:
    """The README's last step, run as this user (root in CI and containers), with test
    options appended: it starts, listens on 127.0.0.1 only, and a save of a notebook
    with outputs (what autosave does) lands in the copy, not in ``notebooks/``."""
    command = shlex.split(_readme_first_command().split("&&")[-1])
    assert command[:3] == ["python", "-m", "pythonbox_kernel"]
    port, token = _free_port(), secrets.token_hex(16)
    home = tmp_path / "home"
    copies = tmp_path / "copies"
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(home / "config"),
           "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
           "PYTHONPATH": str(ROOT)}
    before = _demo_bytes()
    log = open(tmp_path / "server.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, *command[1:], "--dir", str(copies), "--no-browser", f"--port={port}",
         f"--IdentityProvider.token={token}", "--ServerApp.port_retries=0",
         "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
        cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("JupyterLab did not start:\n" + (tmp_path / "server.log").read_text())
            time.sleep(0.3)
        listening = {c.laddr.ip for c in psutil.Process(proc.pid).net_connections("inet")
                     if c.status == psutil.CONN_LISTEN and c.laddr.port == port}
        assert listening == {"127.0.0.1"}
        # JupyterLab refuses to start as root without it; a user gets no such flag
        assert ("--allow-root" in psutil.Process(proc.pid).cmdline()) == (os.geteuid() == 0)
        with urllib.request.urlopen(f"{base}/api/contents?token={token}", timeout=10) as r:
            names = {item["name"] for item in json.load(r)["content"]}
        assert {"tour.ipynb", "limits.ipynb", "grading"} <= names
        # what JupyterLab's autosave does after a run: PUT the notebook with its outputs
        url = f"{base}/api/contents/tour.ipynb?token={token}"
        with urllib.request.urlopen(url, timeout=10) as r:
            model = json.load(r)
        cell = next(c for c in model["content"]["cells"] if c["cell_type"] == "code")
        cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "ran\n"}]
        body = json.dumps({"type": "notebook", "format": "json",
                           "content": model["content"]}).encode()
        put = urllib.request.Request(url, data=body, method="PUT",
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(put, timeout=10) as r:
            assert r.status == 200
        saved = json.loads((copies / "tour.ipynb").read_text())
        assert any(c.get("outputs") for c in saved["cells"] if c["cell_type"] == "code")
        assert _demo_bytes() == before  # the checkout's notebooks are untouched
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        log.close()
