"""Format strings whose fields go through the attribute guard.

``"{0.__class__}".format(x)`` looks attributes up by name inside C code; the
sandbox hands out these wrappers instead of ``str.format``/``format_map`` and a
guarded ``string.Formatter``.  Field attributes starting with ``_`` are refused.
"""

from __future__ import annotations

import _string
from typing import Any

from ..errors import ForbiddenAttributeError
from .firewall import sandbox_api
from .guard import firewall, guarded_getattr
from .limits import check_active_format_spec


@sandbox_api
class SafeFormatter:
    """``string.Formatter`` rewritten so that no path reaches the unguarded original.

    It does not inherit from ``string.Formatter``: a subclass could otherwise call
    the original ``get_field`` through ``super()`` or ``__mro__``.
    """

    def format(self, format_string: str, /, *args: Any, **kwargs: Any) -> str:
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string: str, args: Any, kwargs: Any) -> str:
        used_args: set[Any] = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string: str, args: Any, kwargs: Any, used_args: set[Any],
                 recursion_depth: int, auto_arg_index: int = 0) -> tuple[str, int]:
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to "
                                     "automatic field numbering")
                auto_arg_index = False  # type: ignore[assignment]
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec or "", args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def parse(self, format_string: str) -> Any:
        return _string.formatter_parser(format_string)

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

    def get_value(self, key: Any, args: Any, kwargs: Any) -> Any:
        if isinstance(key, int):
            if key >= len(args):
                raise IndexError(
                    f"Replacement index {key} out of range for positional args tuple")
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args: Any, args: Any, kwargs: Any) -> None:
        pass

    def format_field(self, value: Any, format_spec: str) -> str:
        check_active_format_spec(format_spec)
        return format(value, format_spec)

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")


_FORMATTER = SafeFormatter()


@sandbox_api
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
    if isinstance(obj, super):
        if not isinstance(obj.__self__, str | type):
            return firewall(getattr(obj, name))  # super().format(...) of a user class
        obj = obj.__self__
    if isinstance(obj, str):
        return SafeFormat(str.__str__(obj), name == "format_map")
    if isinstance(obj, type) and issubclass(obj, str):
        return SafeFormat(None, name == "format_map")
    return firewall(getattr(obj, name))
