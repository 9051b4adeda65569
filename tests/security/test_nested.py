"""``import interpreter`` inside the sandbox: a nested sandbox that can never widen the policy."""

from __future__ import annotations

import pytest

from interpreter import Policy, Session


@pytest.mark.parametrize("code", [
    "from interpreter import execute\nr = execute('import os', allowed_modules=['os', 'sys'])\n"
    "r.error",
    "from interpreter import execute\nr = execute('import json', allowed_modules=['json'])\n"
    "r.error",
    "from interpreter import execute\n"
    "r = execute('().__class__.__base__.__subclasses__()')\nr.error",
])
def test_nested_sandbox_cannot_widen_the_policy(code: str) -> None:
    s = Session(Policy(allowed_modules=("math",)))
    r = s.run_cell_sync(code, "Cell In[1]")
    assert r.error is None
    assert r.value is not None and ("ForbiddenImportError" in r.value
                                    or "ForbiddenAttributeError" in r.value)


def test_nested_sandbox_is_bounded_by_the_outer_timeout() -> None:
    s = Session(Policy(timeout=1, max_operations=None))
    r = s.run_cell_sync("from interpreter import execute\n"
                        "r = execute('import time\\nwhile True: time.sleep(0.01)', timeout=100)\n"
                        "r.error", "Cell In[1]")
    assert r.error is None and r.value.startswith("TimeoutError: Execution exceeded")
    assert "1 s" in r.value or "0." in r.value


def test_nested_sandbox_can_be_switched_off() -> None:
    s = Session(Policy(nested_sandbox=False))
    r = s.run_cell_sync("import interpreter", "Cell In[1]")
    assert r.ename == "ForbiddenImportError"


def test_no_policy_object_or_session_reachable() -> None:
    s = Session()
    r = s.run_cell_sync("import interpreter\nsorted(dir(interpreter))", "Cell In[1]")
    assert r.value == ["ExecutionResult", "execute", "execute_async"]
    r = s.run_cell_sync("import interpreter\ninterpreter.execute.__globals__", "Cell In[2]")
    assert r.ename == "ForbiddenAttributeError"
