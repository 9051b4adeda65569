"""Size checks for what one C-level call of an offered module would allocate."""

from __future__ import annotations

from ..errors import MemoryLimitExceeded
from ..runtime import Runtime


def check_bytes(rt: Runtime, n: int, what: str) -> None:
    """Refuse a result of ``n`` bytes that cannot fit in the memory limit."""
    limit = rt.policy.max_memory_mb
    if limit is None or n < (1 << 20):
        return
    if n > limit * 1024 * 1024:
        rt.stop_with(MemoryLimitExceeded(
            f"{what} would allocate about {n / 2**20:,.0f} MB, over the memory limit of "
            f"{limit} MB"))
    rt.check_memory(extra=n)
