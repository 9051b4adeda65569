"""Jailed sessions for the tests: real templates, real workers, real walls."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from interpreter import JailConfig, JailedSession, Policy


@pytest.fixture(scope="module")
def hooked() -> Iterator[JailedSession]:
    """A worker with the test-only hooks (host Python after lock-down; hostile sends)."""
    s = JailedSession(Policy(timeout=10, max_memory_mb=512),
                      config=JailConfig(test_hooks=True, grace=2.0))
    yield s
    s.close()


def missing_walls(session: JailedSession) -> set[str]:
    return {name for name, state in session.walls.items() if state.startswith("missing")}


def need(session: JailedSession, *walls: str) -> None:
    """Skip only the checks whose wall this host lacks."""
    gone = missing_walls(session) & set(walls)
    if gone:
        pytest.skip(f"this host lacks {', '.join(sorted(gone))}")
