"""A session that is dropped is freed: nothing of the interpreter keeps it alive.

Caches keyed by user classes once kept every session's classes (and through their
functions, the sessions); a generator suspended in a greenlet hides its frames from the
cycle collector, so ``Session.close`` ends such bodies (their ``finally`` runs)."""

from __future__ import annotations

import gc
import time
import weakref

import pytest

from interpreter import Session

PROGRAMS = {
    "classes-and-attributes": "class P:\n    def __init__(self):\n        self.x = 1\n"
                              "ps = [P() for _ in range(10)]\nps[0].x + ps[1].x",
    "operators-on-user-classes": "class V:\n    def __add__(self, o):\n        return self\n"
                                 "v = V()\nfor _ in range(100):\n    v = v + v",
    "finished-generators": "def g():\n    x = yield 1\n    yield x\nlist(g())",
    "suspended-direct-generator": "def g():\n    yield 1\n    yield 2\nit = g()\nnext(it)",
    "suspended-genexpr": "it = (i for i in range(5))\nnext(it)",
}


def _freed_after(code: str, close: bool) -> bool:
    s = Session()
    r = s.run_cell_sync(code)
    assert r.error is None, r.traceback
    if close:
        s.close()
    ref = weakref.ref(s)
    del s, r
    return _collected(ref)


def _collected(ref: weakref.ref) -> bool:
    """Collected, allowing for a thread of the interpreter (the memory watcher) that
    holds the runtime for a moment."""
    for _ in range(20):
        gc.collect()
        if ref() is None:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("code", list(PROGRAMS.values()), ids=list(PROGRAMS))
def test_a_dropped_session_is_freed(code: str) -> None:
    assert _freed_after(code, close=False)


def test_close_ends_suspended_greenlet_bodies_and_frees_the_session() -> None:
    code = ("done = []\ndef g():\n    try:\n        return (yield 1) + (yield 2)\n"
            "    finally:\n        done.append(1)\nit = g()\nnext(it)\n"
            "import asyncio\nasync def c():\n    await asyncio.sleep(0)\n")
    s = Session()
    assert s.run_cell_sync(code).error is None
    done = s.namespace["done"]
    s.close()
    assert done == [1]  # the generator's finally ran, as a collected generator's does
    ref = weakref.ref(s)
    del s
    assert _collected(ref)
