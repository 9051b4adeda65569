"""Which session's standard library the execution in progress belongs to.

Host classes offered to the sandbox are made once per process, never per session: the
firewall remembers the classes it has judged, and a class per session would keep its
session alive.  Their instances find their session here when they are made."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from ..runtime import ACTIVE

if TYPE_CHECKING:
    from . import Stdlib

#: The Stdlib of each live runtime (by id; entries go with their Stdlib).
LIBS: weakref.WeakValueDictionary[int, Stdlib] = weakref.WeakValueDictionary()


def running() -> Stdlib:
    """The Stdlib of the execution in progress."""
    rt = ACTIVE[0]
    lib = LIBS.get(id(rt)) if rt is not None else None
    if lib is None or lib.rt is not rt:
        raise RuntimeError("no sandbox execution is in progress")
    return lib
