"""The jailed worker: the session in a separate, locked-down process.

``JailedSession`` (host side) talks to a worker forked from a pre-imported template
(``template``), which raised the OS walls (``walls``: Landlock, seccomp-bpf, rlimits,
no_new_privs) after its imports.  The worker (``worker``) takes a copy-on-write
checkpoint (``checkpoint``) before each cell.  Frames are length-prefixed JSON
(``protocol``), checked by the host (``host``) before anything uses them.
"""

from .host import JailConfig, discard_prestarted_template, prestart_template
from .jailed import JailedSession, RemoteValue, WorkerError

__all__ = ["JailConfig", "JailedSession", "RemoteValue", "WorkerError",
           "discard_prestarted_template", "prestart_template"]
