"""``mappingproxy`` values as sandbox code sees them.

CPython's ``mappingproxy`` hands its underlying mapping to the other operand of a
comparison, so a proxy of a class namespace must never reach sandbox code as it is.
"""

from __future__ import annotations

import types
from typing import Any

from .firewall import sandbox_api


@sandbox_api
class SafeMappingProxy:
    """A read-only live view of a mapping that never hands the mapping itself out.

    CPython's ``mappingproxy`` compares by passing its underlying mapping to the other
    operand: ``C.__dict__ == Evil()`` gives ``Evil.__eq__`` the class's real dict
    (gh-88004, gh-152405), whose mutation behind the type's back is a use-after-free.
    Here comparisons and ``|`` see a copy; reads go to the live mapping.
    """

    __slots__ = ("_pbx_m",)

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # noqa: PLE0302 - isinstance() sees a mappingproxy
        return types.MappingProxyType

    def __init__(self, mapping: Any) -> None:
        object.__setattr__(self, "_pbx_m", mapping)

    def __getitem__(self, key: Any) -> Any:
        return self._pbx_m[key]

    def __iter__(self) -> Any:
        return iter(self._pbx_m)

    def __len__(self) -> int:
        return len(self._pbx_m)

    def __contains__(self, key: Any) -> bool:
        return key in self._pbx_m

    def __reversed__(self) -> Any:
        return reversed(self._pbx_m)

    def get(self, key: Any, default: Any = None) -> Any:
        return self._pbx_m.get(key, default)

    def keys(self) -> Any:
        return self._pbx_m.keys()

    def values(self) -> Any:
        return self._pbx_m.values()

    def items(self) -> Any:
        return self._pbx_m.items()

    def copy(self) -> dict[Any, Any]:
        return dict(self._pbx_m)

    def __eq__(self, other: Any) -> Any:
        return dict(self._pbx_m) == (other.copy() if isinstance(other, SafeMappingProxy)
                                     else other)

    def __ne__(self, other: Any) -> Any:
        return not self == other

    __hash__ = None  # type: ignore[assignment]

    def __or__(self, other: Any) -> Any:
        return dict(self._pbx_m) | other

    def __ror__(self, other: Any) -> Any:
        return other | dict(self._pbx_m)

    def __repr__(self) -> str:
        m = self._pbx_m
        return repr(m) if type(m) is types.MappingProxyType else f"mappingproxy({m!r})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")


SafeMappingProxy.__name__ = SafeMappingProxy.__qualname__ = "mappingproxy"
SafeMappingProxy.__module__ = "builtins"
