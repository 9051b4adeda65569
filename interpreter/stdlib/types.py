"""The sandbox's ``types``: see ``sandboxed/types.py``, which the sandbox runs."""

from __future__ import annotations

import types as host_types
from typing import TYPE_CHECKING, Any

from .loader import own_source, run_module

if TYPE_CHECKING:
    from . import Stdlib

_OFFERED = (
    "AsyncGeneratorType", "BuiltinFunctionType", "BuiltinMethodType",
    "ClassMethodDescriptorType", "CoroutineType", "DynamicClassAttribute", "EllipsisType",
    "GeneratorType", "GenericAlias", "GetSetDescriptorType", "MappingProxyType",
    "MemberDescriptorType", "MethodDescriptorType", "MethodWrapperType", "NoneType",
    "NotImplementedType", "UnionType", "WrapperDescriptorType", "SimpleNamespace",
    "FunctionType", "MethodType",
)


def build(lib: Stdlib) -> dict[str, Any]:
    from ..security.modules import ModuleProxy

    real = {n: getattr(host_types, n) for n in _OFFERED}
    real["ModuleProxy"] = ModuleProxy
    return run_module(lib, "types", own_source("types"), inject={"_host_types": real})
