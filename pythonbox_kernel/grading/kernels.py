"""One PythonBox kernel per grading process, reused for submission after submission.

A jailed PythonBox kernel keeps its sandbox in a worker forked from a pre-imported,
locked-down template.  Between two submissions the grader sends the kernel
``pythonbox_reset_request``: the kernel ends the old worker, wipes the scratch
directory and forks a clean one (milliseconds), so each submission still starts from
a fresh session without paying for a new kernel process.  A kernel that died, or one
that cannot reset (an in-process kernel, another kernel), is replaced by a new one.
"""

from __future__ import annotations

import atexit
import contextlib
import tempfile
import time
from typing import Any

from jupyter_client.manager import AsyncKernelManager

RESET_TIMEOUT = 30.0


class KernelPool:
    """At most one idle kernel, keyed by kernel name and arguments."""

    def __init__(self) -> None:
        self.km: AsyncKernelManager | None = None
        self.key: tuple[Any, ...] | None = None
        self.home = tempfile.mkdtemp(prefix="pythonbox-grade-kernel-")
        self.resets = 0
        self.starts = 0

    async def acquire(self, kernel_name: str, extra: list[str], launch: dict[str, Any],
                      startup_timeout: float) -> AsyncKernelManager:
        """A running kernel with a fresh session."""
        key = (kernel_name, tuple(extra))
        km = self.km
        if km is not None and self.key == key and await km.is_alive():
            if await self._reset(km, startup_timeout):
                self.resets += 1
                return km
        await self.discard()
        km = AsyncKernelManager(kernel_name=kernel_name)
        await km.start_kernel(extra_arguments=extra, cwd=self.home, **launch)
        self.km, self.key = km, key
        self.starts += 1
        return km

    @staticmethod
    async def _reset(km: AsyncKernelManager, timeout: float) -> bool:
        kc = km.client()
        kc.start_channels()
        try:
            await kc.wait_for_ready(timeout=timeout)
            msg = kc.session.msg("pythonbox_reset_request", {})
            kc.shell_channel.send(msg)
            deadline = time.monotonic() + RESET_TIMEOUT
            while time.monotonic() < deadline:
                reply = await kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
                if reply["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
                    return reply["msg_type"] == "pythonbox_reset_reply" and \
                        reply["content"].get("status") == "ok"
        except Exception:  # noqa: BLE001 - any trouble: a new kernel instead
            return False
        finally:
            kc.stop_channels()
        return False

    async def discard(self) -> None:
        km, self.km, self.key = self.km, None, None
        if km is not None:
            with contextlib.suppress(Exception):
                await km.shutdown_kernel(now=True)

    def close(self) -> None:
        km, self.km = self.km, None
        if km is not None and km.provisioner is not None:
            process = getattr(km.provisioner, "process", None)
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()
        with contextlib.suppress(OSError):
            import shutil

            shutil.rmtree(self.home, ignore_errors=True)


POOL = KernelPool()
atexit.register(POOL.close)
