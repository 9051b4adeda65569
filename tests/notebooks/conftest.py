"""Shared fixtures for the notebook and grading tests.

The kernel under test is ``pythonbox`` (installed with
``python -m pythonbox_kernel install --sys-prefix``).  ``PYTHONBOX_TEST_KERNEL=python3``
runs the kernel-agnostic parts against ipykernel instead, which is how the grading
pipeline was developed before the kernel existed.
"""

from __future__ import annotations

import pytest
from nbtest_support import has_kernel, kernel_under_test


@pytest.fixture(scope="session")
def kernel_name() -> str:
    name = kernel_under_test()
    if not has_kernel(name):
        pytest.fail(
            f"no Jupyter kernel named {name!r}; install it with "
            "`python -m pythonbox_kernel install --sys-prefix`"
        )
    return name
