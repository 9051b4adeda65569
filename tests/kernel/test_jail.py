"""The jailed kernel: a worker that dies for any reason is restored from its checkpoint;
the kernel process never restarts, and every worker is locked down."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pythonbox_kernel.install import NO_LIMIT, install

from .conftest import Kernel


def _text(r) -> str:  # noqa: ANN001 - a conftest.Reply
    return r.of("execute_result")[0]["data"]["text/plain"]


def worker_pid(k: Kernel) -> int:
    return k.request("kernel_info")["pythonbox"]["worker_pid"]


def locked_down(pid: int) -> dict[str, str]:
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return {k: fields[k].strip() for k in ("Seccomp", "NoNewPrivs", "PPid")}


@pytest.fixture(scope="module")
def jail_prefix(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    prefix = tmp_path_factory.mktemp("jail-prefix")
    # C hangs: timeout=3 as the issue has it; memory: 512 MB and the default timeout,
    # so that the memory limit, not the clock, ends those cells on a loaded machine
    install("pythonbox-jail", "PythonBox (jail)", prefix=str(prefix),
            options={"timeout": 3.0, "max_memory_mb": 512, "watchdog_grace": 2.0,
                     "max_operations": NO_LIMIT})
    install("pythonbox-jail-memory", "PythonBox (jail, memory)", prefix=str(prefix),
            options={"max_memory_mb": 512, "max_operations": NO_LIMIT})
    install("pythonbox-inprocess-2s", "PythonBox (in-process, 2 s)", prefix=str(prefix),
            options={"timeout": 2.0, "isolation": "inprocess", "max_operations": NO_LIMIT})
    return [str(prefix / "share" / "jupyter" / "kernels")]


@pytest.fixture(scope="module")
def jail_kernel(jail_prefix: list[str]) -> Iterator[Kernel]:
    k = Kernel("pythonbox-jail", jail_prefix)
    yield k
    k.shutdown()


@pytest.fixture(scope="module")
def memory_kernel(jail_prefix: list[str]) -> Iterator[Kernel]:
    k = Kernel("pythonbox-jail-memory", jail_prefix)
    yield k
    k.shutdown()


def test_kernel_info_names_the_walls(jail_kernel: Kernel) -> None:
    info = jail_kernel.request("kernel_info")
    box = info["pythonbox"]
    assert box["isolation"] == "process"
    for wall in ("seccomp", "filesystem", "no_new_privs", "address_space", "processes"):
        assert wall in box["walls"]
    assert "OS walls (jailed worker)" in info["banner"]
    missing = [w for w, state in box["walls"].items() if state.startswith("missing")]
    if missing:
        assert "MISSING on this host" in info["banner"]
    pid = box["worker_pid"]
    assert pid != jail_kernel.km.provisioner.process.pid  # type: ignore[union-attr]
    assert locked_down(pid)["PPid"] == str(jail_kernel.km.provisioner.process.pid)  # type: ignore[union-attr]


MEMORY = {
    "doubling list": "x = [0]\nwhile True:\n    x = x + x",
    "print a huge string": "print('x' * 10**9)",
    "join a repeat": "import itertools\nbig = ''.join(itertools.repeat('z' * 1000, 3000000))",
}
HANGS = {
    "C code that never returns": "import itertools\nsum(itertools.count())",
    "a repr stuck in C": "import itertools\nclass Endless:\n    def __repr__(self):\n"
                         "        return str(sum(itertools.count()))\nEndless()",
}


def _after_failure(k: Kernel, kernel_pid: int, marker: str) -> None:
    """Earlier variables intact, same kernel process, next cell normal, walls up."""
    assert k.km.provisioner.process.pid == kernel_pid  # type: ignore[union-attr]
    assert k.km.is_alive()
    assert _text(k.execute("kept")) == repr(marker)
    assert _text(k.execute("sum(range(10))")) == "45"
    status = locked_down(worker_pid(k))
    assert status["Seccomp"] == "2" and status["NoNewPrivs"] == "1"
    assert status["PPid"] == str(kernel_pid)


def _fails_and_keeps_state(k: Kernel, case: str, code: str, ename: str) -> None:
    kernel_pid = k.km.provisioner.process.pid  # type: ignore[union-attr]
    marker = f"kept before {case}"
    k.execute(f"kept = {marker!r}")
    r = k.execute(code, timeout=90)
    assert r.status == "error", r.content
    assert r.content["ename"] == ename, r.content
    assert r.of("error"), "the error is shown in the notebook too"
    _after_failure(k, kernel_pid, marker)


@pytest.mark.timeout(180)
@pytest.mark.parametrize("case", sorted(MEMORY))
def test_cells_that_exhaust_memory(memory_kernel: Kernel, case: str) -> None:
    _fails_and_keeps_state(memory_kernel, case, MEMORY[case], "MemoryLimitExceeded")


@pytest.mark.timeout(120)
@pytest.mark.parametrize("case", sorted(HANGS))
def test_cells_that_hang_in_c(jail_kernel: Kernel, case: str) -> None:
    _fails_and_keeps_state(jail_kernel, case, HANGS[case], "TimeLimitExceeded")


@pytest.mark.timeout(120)
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGSEGV])
def test_worker_killed_from_outside_is_restored(jail_kernel: Kernel, sig: int) -> None:
    k = jail_kernel
    kernel_pid = k.km.provisioner.process.pid  # type: ignore[union-attr]
    marker = f"kept before {signal.Signals(sig).name}"
    k.execute(f"kept = {marker!r}\nlost = 0")
    pid = worker_pid(k)
    threading.Timer(1.0, os.kill, (pid, sig)).start()
    start = time.monotonic()
    r = k.execute("import time\nlost = 1\ntime.sleep(30)", timeout=60)
    assert time.monotonic() - start < 20
    assert r.status == "error"
    expected = "WorkerKilled" if sig == signal.SIGKILL else "WorkerCrashed"
    assert r.content["ename"] == expected
    assert signal.Signals(sig).name in r.content["evalue"]
    assert "restored to its state before this cell" in r.content["evalue"]
    assert _text(k.execute("lost")) == "0"  # the cell's own change is gone with it
    assert worker_pid(k) != pid
    _after_failure(k, kernel_pid, marker)


@pytest.mark.timeout(120)
def test_background_tasks_resume_in_the_restored_worker(jail_kernel: Kernel) -> None:
    k = jail_kernel
    k.execute("import asyncio\nticks = []\nasync def ticker():\n    while True:\n"
              "        ticks.append(1)\n        await asyncio.sleep(0.05)\n"
              "kept = 'ticking'\nt = asyncio.create_task(ticker())")
    time.sleep(0.3)
    pid = worker_pid(k)
    threading.Timer(0.5, os.kill, (pid, signal.SIGKILL)).start()
    r = k.execute("import time\ntime.sleep(30)", timeout=60)
    assert r.content["ename"] == "WorkerKilled"
    before = int(_text(k.execute("len(ticks)")))
    time.sleep(0.5)
    after = int(_text(k.execute("len(ticks)")))
    assert after > before, "the checkpoint's task goes on ticking"
    assert _text(k.execute("t.cancel()\nkept")) == "'ticking'"


@pytest.mark.timeout(120)
def test_worker_killed_between_cells_is_restored(jail_kernel: Kernel) -> None:
    """A quiet worker prepared the next cell's checkpoint after the last one: a worker
    killed between cells comes back with the state after the last cell."""
    k = jail_kernel
    k.execute("kept_between = 'after the last cell'")
    pid = worker_pid(k)
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    r = k.execute("kept_between")
    assert _text(r) == "'after the last cell'"
    assert worker_pid(k) != pid
    status = locked_down(worker_pid(k))
    assert status["Seccomp"] == "2" and status["NoNewPrivs"] == "1"


def test_interrupt_reaches_the_worker(jail_kernel: Kernel) -> None:
    k = jail_kernel
    msg_id = k.kc.execute("while True:\n    pass", stop_on_error=False)
    time.sleep(1.0)
    k.km.interrupt_kernel()
    while True:
        reply = k.kc.get_shell_msg(timeout=10)
        if reply["parent_header"]["msg_id"] == msg_id:
            break
    assert reply["content"]["ename"] == "KeyboardInterrupt"


@pytest.mark.parametrize("which", ["jailed", "in-process"])
def test_input_wait_does_not_count_against_the_timeout(jail_kernel: Kernel, jail_prefix,
                                                       which: str) -> None:
    # timeout 3 s (jailed) or 2 s (in-process); the person answers after 4.5 s
    k = jail_kernel if which == "jailed" else Kernel("pythonbox-inprocess-2s", jail_prefix)
    try:
        for code in ("answer = input('? ')\nanswer * 2",
                     "import asyncio\nawait asyncio.sleep(0)\nanswer = input('? ')"):
            msg_id = k.kc.execute(code, allow_stdin=True)
            k.kc.get_stdin_msg(timeout=30)
            time.sleep(4.5)
            k.kc.input("ab")
            while True:
                reply = k.kc.get_shell_msg(timeout=30)
                if reply["parent_header"]["msg_id"] == msg_id:
                    break
            assert reply["content"]["status"] == "ok", reply["content"]
            assert _text(k.execute("answer")) == "'ab'"
        r = k.execute("while True:\n    pass")  # the clock still runs for the code
        assert r.content["ename"] == "TimeLimitExceeded"
    finally:
        if k is not jail_kernel:
            k.shutdown()
