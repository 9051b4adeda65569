"""Start the real PythonBox kernel from an installed kernelspec, with jupyter_client."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from jupyter_client import BlockingKernelClient, KernelManager
from jupyter_client.kernelspec import KernelSpecManager

from pythonbox_kernel.install import NO_LIMIT, install


@pytest.fixture(scope="session")
def kernel_dirs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Kernelspecs installed by our own install command into a temporary prefix."""
    prefix = tmp_path_factory.mktemp("prefix")
    install("pythonbox-test", "PythonBox (test)", prefix=str(prefix))
    install("pythonbox-test-inprocess", "PythonBox (test, in-process)", prefix=str(prefix),
            options={"isolation": "inprocess"})
    install("pythonbox-strict", "PythonBox (strict)", prefix=str(prefix),
            options={"timeout": 2.0, "max_memory_mb": 300, "max_output_bytes": 5000,
                     "max_operations": NO_LIMIT})
    return [str(Path(prefix) / "share" / "jupyter" / "kernels")]


@dataclass
class Reply:
    status: str
    content: dict[str, Any]
    messages: list[tuple[float, str, dict[str, Any]]] = field(default_factory=list)
    reply_time: float = 0.0
    start: float = 0.0  # the request's time; message times are seconds after it

    def of(self, msg_type: str) -> list[dict[str, Any]]:
        return [c for _, t, c in self.messages if t == msg_type]

    @property
    def stdout(self) -> str:
        return "".join(c["text"] for c in self.of("stream") if c["name"] == "stdout")


class Kernel:
    """A running kernel and a blocking client with helpers for the tests."""

    def __init__(self, name: str, dirs: list[str]) -> None:
        self.km = KernelManager(kernel_name=name,
                                kernel_spec_manager=KernelSpecManager(kernel_dirs=dirs))
        self.km.start_kernel()
        self.kc: BlockingKernelClient = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=60)
        self.drain()

    def drain(self) -> None:
        for channel in (self.kc.shell_channel, self.kc.iopub_channel):
            while True:
                try:
                    channel.get_msg(timeout=0.2)
                except queue.Empty:
                    break

    def execute(self, code: str, timeout: float = 60, **kwargs: Any) -> Reply:
        start = time.time()
        msg_id = self.kc.execute(code, stop_on_error=False, **kwargs)
        messages: list[tuple[float, str, dict[str, Any]]] = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=timeout)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind = msg["msg_type"]
            if kind == "status" and msg["content"]["execution_state"] == "idle":
                break
            messages.append((msg_received(msg, start), kind, msg["content"]))
        while True:
            reply = self.kc.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        return Reply(reply["content"]["status"], reply["content"], messages,
                     msg_received(reply, start), start)

    def request(self, method: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        msg_id = getattr(self.kc, method)(*args, **kwargs)
        while True:
            reply = self.kc.get_shell_msg(timeout=30)
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply["content"]

    def shutdown(self) -> None:
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def msg_received(msg: dict[str, Any], start: float) -> float:
    """Seconds from the request to when the kernel sent the message (its header date)."""
    return msg["header"]["date"].timestamp() - start


@pytest.fixture(scope="module", params=["process", "inprocess"])
def kernel(kernel_dirs: list[str], request: pytest.FixtureRequest) -> Iterator[Kernel]:
    """The default (jailed) kernel, and the in-process one: both must behave the same."""
    name = "pythonbox-test" if request.param == "process" else "pythonbox-test-inprocess"
    k = Kernel(name, kernel_dirs)
    yield k
    k.shutdown()


@pytest.fixture(scope="module")
def strict_kernel(kernel_dirs: list[str]) -> Iterator[Kernel]:
    k = Kernel("pythonbox-strict", kernel_dirs)
    yield k
    k.shutdown()
