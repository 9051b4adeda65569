"""String annotations that host code may evaluate later.

``typing.get_type_hints`` and ``functools.singledispatch`` evaluate string
annotations with the host's ``eval``, outside the guard.  A string annotation is
therefore accepted only if it is a plain type expression: names, dotted
attributes the guard allows, subscripts, constants, ``|`` and tuples/lists.
"""

from __future__ import annotations

import ast
import typing
from collections.abc import Mapping
from typing import Any

from ..errors import SecurityError
from .guard import plain_name

_ALLOWED = (ast.Expression, ast.Name, ast.Load, ast.Attribute, ast.Subscript, ast.Constant,
            ast.Tuple, ast.List, ast.BinOp, ast.BitOr, ast.Slice)


def check_annotation_string(text: str) -> None:
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError:
        return  # host evaluation would fail to compile it as well
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED):
            raise SecurityError(
                f"string annotation {text!r} is not a plain type expression")
        if isinstance(node, ast.BinOp) and not isinstance(node.op, ast.BitOr):
            raise SecurityError(f"string annotation {text!r} is not a plain type expression")
        if isinstance(node, ast.Attribute) and not plain_name(node.attr):
            raise SecurityError(f"string annotation {text!r} uses a forbidden attribute")
        if isinstance(node, ast.Name) and node.id.startswith("__"):
            raise SecurityError(f"string annotation {text!r} uses a forbidden name")


def check_annotation(value: Any, depth: int = 0) -> None:
    """Strings and ForwardRefs anywhere inside an annotation (``list['x']`` too)."""
    if depth > 20:
        return
    if isinstance(value, str):
        check_annotation_string(value)
        return
    if isinstance(value, typing.ForwardRef):
        if value.__forward_module__ is not None:
            raise SecurityError("a ForwardRef bound to a module is not allowed in the sandbox")
        check_annotation_string(value.__forward_arg__)
        return
    args = getattr(value, "__args__", None) if not isinstance(value, type) else None
    if isinstance(args, tuple):
        for arg in args:
            check_annotation(arg, depth + 1)


def check_annotations(mapping: Any) -> None:
    if isinstance(mapping, Mapping):
        for v in list(mapping.values()):
            check_annotation(v)
        for k in list(mapping):
            if not isinstance(k, str):
                raise SecurityError("annotation names must be strings")
