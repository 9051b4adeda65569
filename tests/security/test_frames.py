"""Frames through generators, coroutines, async generators, tracebacks and ``__exit__``.

A frame leads to ``f_globals``/``f_builtins``/``f_back`` of the interpreter itself, so no
frame (nor code object) may ever reach sandbox code, whichever object it hangs from.
"""

from __future__ import annotations

import pytest

from ._sandbox import DENIED, OK

pytestmark = pytest.mark.timeout(60, method="thread")

GEN = "def g():\n    yield 1\n    yield 2\ngen = g()\nnext(gen)\n"
CORO = "async def c():\n    return 1\nco = c()\n"
AGEN = "async def ag():\n    yield 1\na = ag()\n"
TB = "try:\n    1 / 0\nexcept Exception as e:\n    tb = e.__traceback__\n"

FRAME_ROUTES = [
    pytest.param(GEN + "gen.gi_frame.f_globals['__builtins__']['open'](SECRET_PATH).read()",
                 id="generator.gi_frame.f_globals"),
    pytest.param(GEN + "gen.gi_frame.f_back.f_back.f_globals", id="generator.gi_frame.f_back"),
    pytest.param(GEN + "getattr(gen, 'gi_' + 'frame').f_locals", id="getattr(gen,gi_frame)"),
    pytest.param(GEN + "gen.gi_code.co_consts", id="generator.gi_code"),
    pytest.param("def inner():\n    yield 1\ndef outer():\n    yield from inner()\n"
                 "o = outer()\nnext(o)\no.gi_yieldfrom.gi_frame", id="generator.gi_yieldfrom"),
    pytest.param("(x for x in [1]).gi_frame.f_back", id="genexpr.gi_frame"),
    pytest.param(CORO + "try:\n    co.cr_frame.f_globals\nfinally:\n    co.close()",
                 id="coroutine.cr_frame"),
    pytest.param(CORO + "try:\n    co.cr_code\nfinally:\n    co.close()", id="coroutine.cr_code"),
    pytest.param("import asyncio\nco = asyncio.sleep(0)\ntry:\n    co.cr_frame.f_globals\n"
                 "finally:\n    co.close()", id="host-coroutine.cr_frame"),
    pytest.param(AGEN + "a.ag_frame.f_globals", id="async-generator.ag_frame"),
    pytest.param(AGEN + "a.ag_code", id="async-generator.ag_code"),
    pytest.param(TB + "tb.tb_frame.f_globals['__builtins__']", id="traceback.tb_frame"),
    pytest.param(TB + "tb.tb_frame.f_back.f_back.f_globals", id="traceback.tb_frame.f_back"),
    pytest.param(TB + "getattr(tb, 'tb_fr' + 'ame').f_builtins", id="getattr(tb,tb_frame)"),
    pytest.param("import json\ntry:\n    json.loads('{')\nexcept Exception as e:\n"
                 "    tb = e.__traceback__\nwhile tb.tb_next is not None:\n    tb = tb.tb_next\n"
                 "tb.tb_frame.f_globals", id="host-exception-traceback.tb_frame"),
    pytest.param("class CM:\n    def __enter__(self):\n        return self\n"
                 "    def __exit__(self, et, ev, tb):\n        self.tb = tb\n        return True\n"
                 "cm = CM()\nwith cm:\n    1 / 0\ncm.tb.tb_frame.f_globals",
                 id="__exit__-traceback.tb_frame"),
    pytest.param("import contextlib\n@contextlib.contextmanager\ndef ctx():\n    yield\n"
                 "c = ctx()\nc.gen.gi_frame", id="contextmanager.gen.gi_frame"),
    pytest.param("import contextlib\nwith contextlib.ExitStack() as st:\n"
                 "    got = []\n    st.push(lambda *exc: got.append(exc[2]) or True)\n    1 / 0\n"
                 "got[0].tb_frame", id="ExitStack-callback-traceback.tb_frame"),
    pytest.param(GEN + "gen.gi_frame.f_trace", id="generator.gi_frame.f_trace"),
    pytest.param(TB + "tb.tb_frame.f_code", id="traceback.tb_frame.f_code"),
]


@pytest.mark.parametrize("code", FRAME_ROUTES)
def test_frame_route(box, code):
    """No route from a suspended function or a traceback leads to a frame."""
    box.attack(code, DENIED)


def test_task_get_stack_returns_no_frames(box):
    """``asyncio.current_task().get_stack()`` is a list of host frames: it must not leak."""
    code = """
import asyncio
async def main():
    return asyncio.current_task().get_stack()
await main()
"""
    box.attack(code, None)


def test_task_print_stack_shows_no_host_frames(box):
    """``Task.print_stack(file=...)`` would format interpreter frames and host paths."""
    code = """
import asyncio
out = []
class W:
    def write(self, s):
        out.append(s)
async def main():
    asyncio.current_task().print_stack(file=W())
try:
    await main()
finally:
    text = ''.join(out)
text
"""
    box.attack(code, None)


def test_host_exception_traceback_rendering_has_no_host_frames(box):
    """An error raised inside host code renders without host frames or paths."""
    out = box.attack("import json\n\njson.loads('{')", (ValueError,))
    assert "line 3" in out.traceback, out.describe()
    assert "decoder.py" not in out.traceback and "scanner" not in out.traceback, out.describe()


def test_traceback_chain_objects_carry_no_frames(box):
    """Walking ``tb_next`` through a host exception yields only traceback objects."""
    code = """
import json
try:
    json.loads('[1, }')
except Exception as e:
    err = e
tb = err.__traceback__
chain = []
while tb is not None:
    chain.append((tb.tb_lineno, tb))
    tb = tb.tb_next
chain
"""
    box.attack(code, OK)


def test_generator_throw_and_close_leak_no_frames(box):
    """Throwing into a generator and closing it hands back only ordinary values."""
    code = """
def g():
    try:
        yield 1
    except ValueError as e:
        yield e.__traceback__
gen = g()
next(gen)
tb = gen.throw(ValueError('x'))
gen.close()
[tb, tb.tb_next, tb.tb_lineno]
"""
    box.attack(code, None)
