"""The witness itself: the checks behind every attack really see what they look for.

If ``find_escapes``, the host snapshot or the audit hook went blind, every attack in
this directory would pass vacuously; these tests keep them honest.
"""

from __future__ import annotations

import asyncio
import builtins
import json
import os
import sys

import pytest

from ._sandbox import HOST_DIRS, HostSnapshot, find_escapes


@pytest.mark.parametrize("make", [
    pytest.param(lambda: [os], id="real-module"),
    pytest.param(lambda: {"k": sys._getframe()}, id="frame"),
    pytest.param(lambda: (lambda: 0).__code__, id="code-object"),
    pytest.param(lambda: [vars(builtins)], id="builtins-dict"),
    pytest.param(lambda: [[vars(json)]], id="module-globals"),
    pytest.param(lambda: [builtins.open], id="real-open"),
    pytest.param(lambda: {"x": (1, [os.system])}, id="os.system"),
    pytest.param(lambda: [ValueError(sys.modules)], id="inside-exception-args"),
    pytest.param(lambda: [HOST_DIRS[0] + "/x.py"], id="host-path"),
])
def test_find_escapes_sees_host_objects(make):
    """Each kind of forbidden object is reported, also when nested."""
    assert find_escapes(make())


def test_find_escapes_sees_event_loops():
    loop = asyncio.new_event_loop()
    try:
        assert find_escapes({"loop": loop})
    finally:
        loop.close()


def test_find_escapes_sees_the_secret():
    assert find_escapes(["xx pbxsecret123 yy"], secrets=("pbxsecret123",))


def test_find_escapes_accepts_plain_values():
    assert find_escapes([1, "a", {"b": (2.0, None)}, {3}, b"x", ValueError("y")]) == []


def test_snapshot_sees_and_undoes_changes():
    snap = HostSnapshot.take()
    real = json.dumps
    try:
        json.dumps = print
        json.JSONEncoder.pwned = 1
        diffs = snap.differences()
        assert any("json" in d and "dumps" in d for d in diffs), diffs
        assert any("JSONEncoder" in d and "pwned" in d for d in diffs), diffs
    finally:
        snap.restore()
    assert json.dumps is real and not hasattr(json.JSONEncoder, "pwned")
    assert snap.differences() == []


def test_audit_hook_records_process_events(box):
    with box.recording() as events:
        os.putenv("PBX_HARNESS_PROBE", "1")
    os.unsetenv("PBX_HARNESS_PROBE")
    assert any(e.startswith("os.putenv") for e in events), events


def test_fill_refuses_attacks_that_do_not_parse(box):
    """A cell broken by the path substitution is a broken test, never a pass."""
    with pytest.raises(AssertionError, match="not valid Python"):
        box.fill("x = 'open(SECRET_PATH)'")
