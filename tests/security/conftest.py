"""Fixtures for the attack suite (see ``_sandbox.py`` for the machinery)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from ._sandbox import Box


@pytest.fixture
def box(tmp_path, monkeypatch) -> Iterator[Box]:
    """A sandbox runner with a secret file, a marker path and a host-state snapshot.

    Teardown puts the host back the way it was if an attack changed it, so that one
    hole does not make every later test fail; the test itself reports the hole.
    """
    env_secret = "pbxenvsecret" + os.urandom(8).hex()
    monkeypatch.setenv("PBX_HOST_SECRET", env_secret)
    b = Box(tmp_path, env_secret)
    try:
        yield b
    finally:
        b.close()
        diffs = b.snapshot.differences()
        if diffs:
            b.snapshot.restore()
        marker = b.marker_path.exists()
        if not b.checked:
            assert not diffs, "the host was changed:\n  " + "\n  ".join(diffs)
            assert not marker, "the marker file was created"
