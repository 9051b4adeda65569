"""Kernel settings (traitlets) and their mapping to the sandbox policy."""

from __future__ import annotations

from traitlets import Bool, Float, HasTraits, Int, List, Unicode

from interpreter import DEFAULT_ALLOWED_MODULES, Policy


class SandboxSettings(HasTraits):
    """The configurable limits; every one is settable as ``--PythonBoxKernel.<name>=...``."""

    allowed_modules = List(Unicode(), default_value=list(DEFAULT_ALLOWED_MODULES),
                           help="Modules cells may import.").tag(config=True)
    timeout = Float(30.0, allow_none=True, help="Seconds per cell (None: no limit).").tag(
        config=True)
    max_memory_mb = Int(1024, allow_none=True, help="Memory growth per session, MiB.").tag(
        config=True)
    max_operations = Int(None, allow_none=True,
                         help="Loop iterations and calls per cell (None: no limit; the time "
                              "limit is what notebooks need, this one is for deterministic "
                              "grading).").tag(config=True)
    max_recursion_depth = Int(1000, help="Sandbox call depth.").tag(config=True)
    max_output_bytes = Int(1_000_000, allow_none=True, help="Printed bytes per cell.").tag(
        config=True)
    os_restrictions = Bool(False, help="Also lower the kernel process's rlimits "
                                       "(address space, file size, processes).").tag(config=True)
    watchdog_grace = Float(10.0, help="Seconds past the timeout before a stuck kernel ends "
                                      "itself so that Jupyter restarts it.").tag(config=True)

    def policy(self) -> Policy:
        return Policy(allowed_modules=tuple(self.allowed_modules), timeout=self.timeout,
                      max_memory_mb=self.max_memory_mb, max_operations=self.max_operations,
                      max_recursion_depth=self.max_recursion_depth,
                      max_output_bytes=self.max_output_bytes,
                      os_restrictions=self.os_restrictions)

