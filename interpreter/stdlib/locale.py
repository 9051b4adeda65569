"""The sandbox's ``locale``: read-only.  ``setlocale`` changes the whole process (every
session and the kernel), so the sandbox only lets it read the current setting."""

from __future__ import annotations

import locale
from typing import TYPE_CHECKING, Any

from ..errors import SecurityError
from ..security.firewall import sandbox_api
from ..security.module_table import MODULE_TABLE

if TYPE_CHECKING:
    from . import Stdlib


def setlocale(category: int, locale_: Any = None) -> str:
    """Return the current setting for the given locale category (read-only here)."""
    current = locale.setlocale(category)
    if locale_ is None or locale_ == current:
        return current
    raise SecurityError("locale.setlocale() can only read the locale in the sandbox: "
                        "setting it would change the whole process")


def getpreferredencoding(do_setlocale: bool = True) -> str:
    """Return the charset that the user is likely using (without touching the locale)."""
    return locale.getpreferredencoding(False)


def build(lib: Stdlib) -> dict[str, Any]:
    values = {n: getattr(locale, n) for n in MODULE_TABLE["locale"] if hasattr(locale, n)}
    for fn in (setlocale, getpreferredencoding):
        fn.__module__ = "locale"
        sandbox_api(fn)
    values.update(setlocale=setlocale, getpreferredencoding=getpreferredencoding)
    return values
