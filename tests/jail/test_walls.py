"""The OS walls hold against code that already broke the language wall.

Each attack is host Python run inside a locked-down worker (through the test-only
``test_exec`` hook, which normal kernels do not have).  Every attempt must fail with a
permission error, and the host checks for itself that nothing happened.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from interpreter import JailConfig, JailedSession, Policy

from .conftest import need

PERMISSION = ("PermissionError",)


def run(session: JailedSession, source: str) -> dict:
    return asyncio.run(session.test_exec(source))


@pytest.fixture(scope="module")
def targets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    where = tmp_path_factory.mktemp("host-files")
    secret = where / "secret.txt"
    token = "pbxsecret" + os.urandom(8).hex()
    secret.write_text(token)
    return {"secret": str(secret), "token": token, "marker": str(where / "marker"),
            "dir": str(where)}


def test_reading_a_secret_outside_the_allowed_paths(hooked, targets) -> None:
    need(hooked, "filesystem")
    out = run(hooked, f"result = open({targets['secret']!r}).read()")
    assert out["raised"] in PERMISSION, out
    assert targets["token"] not in repr(out)
    for path in ("/etc/passwd", os.path.expanduser("~"), "/proc/1/environ",
                 f"/proc/{os.getpid()}/mem", f"/proc/{os.getpid()}/cmdline"):
        out = run(hooked, f"result = open({path!r}, 'rb').read(10)")
        assert out["raised"] in PERMISSION + ("IsADirectoryError",), (path, out)
    out = run(hooked, f"import os\nresult = os.listdir({targets['dir']!r})")
    assert out["raised"] in PERMISSION, out


def test_writing_outside_scratch(hooked, targets) -> None:
    need(hooked, "filesystem")
    out = run(hooked, f"open({targets['marker']!r}, 'w').write('x')")
    assert out["raised"] in PERMISSION, out
    assert not Path(targets["marker"]).exists()
    out = run(hooked, "import os\nopen('inside-scratch.txt', 'w').write('ok')\n"
                      "result = os.path.realpath('inside-scratch.txt')")
    assert out["raised"] is None, out
    assert Path(out["result"]).read_text() == "ok"  # the scratch directory is writable
    assert Path(out["result"]).parent == Path(hooked.template.scratch).resolve()


def test_execve_a_shell(hooked, targets) -> None:
    need(hooked, "seccomp")
    command = f"touch {targets['marker']}"
    out = run(hooked, f"import os\nos.execv('/bin/sh', ['sh', '-c', {command!r}])")
    assert out["raised"] in PERMISSION, out
    out = run(hooked, f"import subprocess\nsubprocess.run(['/bin/sh', '-c', {command!r}])")
    assert out["raised"] in PERMISSION, out
    assert not Path(targets["marker"]).exists()


def test_open_a_socket_and_connect(hooked) -> None:
    need(hooked, "seccomp")
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(3)
    port = server.getsockname()[1]
    accepted: list[object] = []

    def accept() -> None:
        try:
            accepted.append(server.accept())
        except OSError:
            pass
    waiter = threading.Thread(target=accept)
    waiter.start()
    try:
        out = run(hooked, f"import socket\ns = socket.socket()\ns.connect(('127.0.0.1', {port}))")
        assert out["raised"] in PERMISSION, out
        out = run(hooked, f"import socket\nsocket.create_connection(('127.0.0.1', {port}), 1)")
        assert out["raised"] in PERMISSION, out
        out = run(hooked, "import socket\nsocket.socket(socket.AF_UNIX).connect('/run/x')")
        assert out["raised"] in PERMISSION, out
    finally:
        waiter.join()
        server.close()
    assert accepted == []


PTRACE = """
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
PTRACE_ATTACH = 16
if libc.ptrace(PTRACE_ATTACH, {pid}, 0, 0) == 0:
    result = 'attached'
else:
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
"""

VM_READ = """
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
class iovec(ctypes.Structure):
    _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]
buf = ctypes.create_string_buffer(64)
local = iovec(ctypes.cast(buf, ctypes.c_void_p), 64)
remote = iovec(0x400000, 64)
if libc.process_vm_readv({pid}, ctypes.byref(local), 1, ctypes.byref(remote), 1, 0) >= 0:
    result = 'read'
else:
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
"""

UNSHARE = """
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
if libc.unshare(0x10000000) == 0:
    result = 'new user namespace'
else:
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
"""


TGKILL = """
import ctypes, os, signal
libc = ctypes.CDLL(None, use_errno=True)
if libc.syscall(234, {pid}, {pid}, signal.SIGTERM) == 0:
    result = 'signalled'
else:
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
"""


def test_ptrace_and_process_memory(hooked) -> None:
    need(hooked, "seccomp")
    host = os.getpid()
    for source in (PTRACE.format(pid=host), VM_READ.format(pid=host)):
        out = run(hooked, source)
        assert out["raised"] in PERMISSION, out


def test_namespaces_and_signals_to_others(hooked) -> None:
    need(hooked, "seccomp")
    out = run(hooked, UNSHARE)
    assert out["raised"] in PERMISSION, out
    out = run(hooked, f"import os, signal\nos.kill({os.getpid()}, signal.SIGKILL)")
    assert out["raised"] in PERMISSION, out
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        out = run(hooked, f"import os, signal\nos.kill({sleeper.pid}, signal.SIGTERM)")
        assert out["raised"] in PERMISSION, out
        if os.uname().machine == "x86_64":  # tgkill: a thread of another process
            need(hooked, "signals")
            out = run(hooked, TGKILL.format(pid=sleeper.pid))
            assert out["raised"] in PERMISSION, out
        assert sleeper.poll() is None
    finally:
        sleeper.kill()
        sleeper.wait()


def test_limits_hold(hooked) -> None:
    need(hooked, "address_space")
    out = run(hooked, "import resource\n"
                      "result = [resource.getrlimit(r) for r in (resource.RLIMIT_AS, "
                      "resource.RLIMIT_CORE, resource.RLIMIT_FSIZE, resource.RLIMIT_NOFILE)]")
    (as_soft, as_hard), core, fsize, nofile = out["result"]
    assert as_soft == as_hard and 0 < as_soft < (512 + 1024) * 1024 * 1024
    assert core == [0, 0] and fsize[0] > 0 and nofile[0] <= 256
    out = run(hooked, "result = len(bytearray(2 * 1024 ** 3))")
    assert out["raised"] == "MemoryError", out
    out = run(hooked, "import resource\n"
                      "resource.setrlimit(resource.RLIMIT_AS, (-1, -1))")
    assert out["raised"] in ("ValueError",) + PERMISSION, out


def test_deep_recursion_does_not_overflow_the_c_stack(hooked) -> None:
    r = asyncio.run(hooked.run_cell(
        "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\ndepth(990)"))
    assert r.error is None and r.value == 990, r.traceback
    out = run(hooked, "import resource\nresult = resource.getrlimit(resource.RLIMIT_STACK)[0]")
    assert out["result"] == -1 or out["result"] >= 512 * 1024 * 1024


def test_status_shows_seccomp_and_no_new_privs(hooked) -> None:
    need(hooked, "seccomp", "no_new_privs")
    status = Path(f"/proc/{hooked.worker_pid}/status").read_text()
    assert "\nSeccomp:\t2\n" in status and "\nNoNewPrivs:\t1\n" in status


def test_normal_kernels_have_no_test_hooks() -> None:
    s = JailedSession(Policy(timeout=5))
    try:
        with pytest.raises(RuntimeError):
            asyncio.run(s.test_exec("result = 1"))
        r = asyncio.run(s.run_cell("__test_hostile__"))
        assert r.ename == "NameError"
    finally:
        s.close()


SETPRIV = Path("/usr/bin/setpriv")


@pytest.mark.skipif(os.getuid() != 0 or not SETPRIV.exists(),
                    reason="needs root (to become another user) and setpriv")
def test_walls_hold_for_a_normal_user() -> None:
    """As ``nobody``: the walls are unprivileged, so a JupyterHub user gets them too."""
    root = Path(__file__).resolve().parents[2]
    home = Path(tempfile.mkdtemp(prefix="pythonbox-nobody-", dir="/tmp"))
    home.chmod(0o777)
    script = home / "as_user.py"
    script.write_text(AS_USER)
    script.chmod(0o644)
    env = dict(os.environ, PYTHONPATH=str(root), HOME=str(home), TMPDIR=str(home))
    with traversable(Path(sys.prefix), root):
        done = subprocess.run([str(SETPRIV), "--reuid=65534", "--regid=65534",
                               "--clear-groups", sys.executable, str(script)],
                              capture_output=True, text=True, env=env, timeout=120,
                              cwd=str(home))
    shutil.rmtree(home, ignore_errors=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ALL WALLS HELD" in done.stdout, done.stdout + done.stderr


@contextlib.contextmanager
def traversable(*paths: Path) -> Iterator[None]:
    """Let other users pass through ``paths`` and the directories above them (a
    root-owned Python under /root is the CI machine's; a checkout made by ``mktemp -d``
    is 0700), for the duration of the test only."""
    changed: list[tuple[Path, int]] = []
    for path in paths:
        for parent in (path.resolve(), *path.resolve().parents):
            mode = parent.stat().st_mode
            if not mode & stat.S_IXOTH:
                changed.append((parent, mode))
                parent.chmod(mode | stat.S_IXOTH)
    try:
        yield
    finally:
        for parent, mode in reversed(changed):
            parent.chmod(stat.S_IMODE(mode))


AS_USER = r'''
import asyncio, os
from interpreter import JailConfig, JailedSession, Policy
assert os.getuid() == 65534
s = JailedSession(Policy(timeout=10), config=JailConfig(test_hooks=True))
walls = s.walls
missing = [w for w, state in walls.items() if state.startswith("missing")]
print("walls", walls)
async def main():
    r = await s.run_cell("x = 6 * 7\nx")
    assert r.value == 42, r.traceback
    checks = {
        "read": "open('/etc/shadow').read()" if os.path.exists('/etc/shadow') else
                "open('/proc/1/environ').read()",
        "write": "open(os.environ.get('HOME', '/tmp') + '/marker', 'w')",
        "exec": "os.execv('/bin/sh', ['sh'])",
        "socket": "socket.socket().connect(('127.0.0.1', 9))",
        "kill": f"os.kill({os.getpid()}, 9)",
    }
    for name, code in checks.items():
        out = await s.test_exec("import os, socket\n" + code)
        assert out["raised"] == "PermissionError", (name, out)
    assert not os.path.exists(os.environ["HOME"] + "/marker")
    status = open(f"/proc/{s.worker_pid}/status").read()
    if "seccomp" not in missing:
        assert "\nSeccomp:\t2\n" in status
    assert "\nNoNewPrivs:\t1\n" in status
asyncio.run(main())
s.close()
print("ALL WALLS HELD", "missing:", missing)
'''


def test_default_config_has_no_hooks() -> None:
    assert JailConfig().test_hooks is False
    assert errno.EPERM != errno.EACCES  # both are PermissionError in Python
