"""The same requests to python3 (ipykernel) and to PythonBox in both isolations: the
execution counts, ``user_expressions`` and the no-stdin error must agree."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

from .conftest import Kernel

REQUESTS: list[tuple[str, dict[str, Any]]] = [
    ("1", {}),
    ("2", {"store_history": False}),
    ("3", {"store_history": False, "user_expressions": {"sum": "1 + 1", "bad": "1 / 0"}}),
    ("4", {}),
    ("input('name? ')", {"allow_stdin": False}),
    ("5", {"silent": True}),
    ("6", {"user_expressions": {"text": "'a' * 3"}}),
    ("try:\n    input()\nexcept NotImplementedError as e:\n    print(type(e).__name__)",
     {"allow_stdin": False}),
]


def _observe(kernel: Kernel) -> list[tuple[Any, ...]]:
    """What a frontend sees of each request: counts, status, error, expressions."""
    seen = []
    for code, options in REQUESTS:
        r = kernel.execute(code, **options)
        inputs = [c["execution_count"] for c in r.of("execute_input")]
        results = [c["execution_count"] for c in r.of("execute_result")]
        expressions = {key: (value["status"], value.get("data"), value.get("ename"))
                       for key, value in r.content.get("user_expressions", {}).items()}
        seen.append((code, r.status, r.content["execution_count"], inputs, results,
                     r.content.get("ename"), r.content.get("evalue"), expressions, r.stdout))
    return seen


@pytest.fixture(scope="module")
def python3_answers() -> Iterator[list[tuple[Any, ...]]]:
    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        pytest.skip("ipykernel's python3 kernelspec is not installed")
    reference = Kernel("python3", KernelSpecManager().kernel_dirs)
    try:
        yield _observe(reference)
    finally:
        reference.shutdown()


def test_counts_expressions_and_stdin_error_match_python3(
        python3_answers: list[tuple[Any, ...]], kernel_dirs: list[str]) -> None:
    for name in ("pythonbox-test", "pythonbox-test-inprocess"):
        kernel = Kernel(name, kernel_dirs)
        try:
            ours = _observe(kernel)
        finally:
            kernel.shutdown()
        for expected, got in zip(python3_answers, ours, strict=True):
            assert got == expected, name
    # the table really exercises what it claims to
    by_code = {row[0]: row for row in python3_answers}
    assert by_code["2"][2] == 1 and by_code["2"][3] == [2]  # unstored: reply keeps count 1
    assert by_code["input('name? ')"][5] == "StdinNotImplementedError"
    assert by_code["3"][7]["sum"] == ("ok", {"text/plain": "2"}, None)
    assert by_code["3"][7]["bad"][2] == "ZeroDivisionError"
