"""Format strings whose fields go through the attribute guard.

``"{0.__class__}".format(x)`` looks attributes up by name inside C code; the
sandbox hands out these wrappers instead of ``str.format``/``format_map`` and a
guarded ``string.Formatter``.  Field attributes starting with ``_`` are refused.
"""

from __future__ import annotations

import _string
import string
from typing import Any

from ..errors import ForbiddenAttributeError
from .guard import firewall, guarded_getattr


class SafeFormatter(string.Formatter):
    """``string.Formatter`` whose field lookups pass the guard."""

    def get_value(self, key: Any, args: Any, kwargs: Any) -> Any:
        if isinstance(key, int) and key >= len(args):
            raise IndexError(f"Replacement index {key} out of range for positional args tuple")
        return super().get_value(key, args, kwargs)

    def get_field(self, field_name: str, args: Any, kwargs: Any) -> tuple[Any, Any]:
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                if key.startswith("_"):
                    raise ForbiddenAttributeError(
                        f"format field attribute '{key}' is not allowed in the sandbox")
                obj = guarded_getattr(obj, key)
            else:
                obj = firewall(obj[key])
        return obj, first


_FORMATTER = SafeFormatter()


class SafeFormat:
    """``some_str.format`` / ``format_map``, bound or unbound."""

    __slots__ = ("_s", "_map")

    def __init__(self, s: str | None, use_map: bool) -> None:
        self._s, self._map = s, use_map

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        if self._s is None:
            if not args or not isinstance(args[0], str):
                name = "format_map" if self._map else "format"
                raise TypeError(f"descriptor '{name}' for 'str' objects needs an argument")
            s, args = args[0], args[1:]
        else:
            s = self._s
        if self._map:
            if len(args) != 1 or kwargs:
                raise TypeError("format_map() takes exactly one argument")
            return _FORMATTER.vformat(s, (), args[0])
        return _FORMATTER.vformat(s, args, kwargs)

    def __repr__(self) -> str:
        name = "format_map" if self._map else "format"
        return f"<built-in method {name} of str object>"


def safe_format_attribute(obj: Any, name: str) -> Any:
    """What ``obj.format`` / ``obj.format_map`` reads as in the sandbox."""
    if isinstance(obj, str):
        return SafeFormat(str.__str__(obj), name == "format_map")
    if isinstance(obj, type) and issubclass(obj, str):
        return SafeFormat(None, name == "format_map")
    return firewall(getattr(obj, name))
