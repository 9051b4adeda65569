"""Annotations made by sandbox code are resolved by the sandbox, never by host ``eval``.

``typing.get_type_hints`` and ``functools.singledispatch(...).register`` turn string
annotations and ``ForwardRef``s into values with the host's ``eval``, in globals
taken from the object (``__wrapped__`` can make those ``{}``: the real builtins).
Checking the strings first is not enough -- ``str`` subclasses with their own
``strip()``, ``ForwardRef`` subclasses with a lying ``__forward_arg__``, aliases whose
``__args__`` change after the check -- so host code never gets them:

* ``resolve_hints`` is ``get_type_hints`` done here: every string and ``ForwardRef``
  (read through the C-level slot, never a subclass's property) is parsed and run by
  the session's own compiler, in the session's namespace (plus the class namespace
  for class annotations), guarded and limited like any sandbox expression; aliases
  are rebuilt from their resolved arguments.  The host's ``typing`` then only sees
  finished values.
* ``register_checked`` is singledispatch's ``register`` with the dispatch class
  resolved the same way, handed to the real ``register`` explicitly.

``check_annotation`` stays as a cheap first filter when a function is made (calls,
lambdas, dunder names and module-bound ``ForwardRef``s are refused in annotation
strings), reading the strings' real contents.
"""

from __future__ import annotations

import ast
import functools
import operator
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

from ..errors import SecurityError

#: evaluate(text, class namespace or None) -> value: the session's own evaluator.
Evaluator = Callable[[str, "Mapping[str, Any] | None"], Any]

_FORWARD_ARG = typing.ForwardRef.__dict__["__forward_arg__"].__get__
_FORWARD_MODULE = typing.ForwardRef.__dict__["__forward_module__"].__get__
_FORWARD_IS_ARGUMENT = typing.ForwardRef.__dict__["__forward_is_argument__"].__get__
_FORWARD_IS_CLASS = typing.ForwardRef.__dict__["__forward_is_class__"].__get__
_GA_ARGS = types.GenericAlias.__dict__["__args__"].__get__
_GA_ORIGIN = types.GenericAlias.__dict__["__origin__"].__get__
_MAX_NESTING = 64


def _text(value: Any) -> str:
    """The characters of a str (a subclass's own methods are never asked)."""
    return str.__str__(value)


def check_annotation_string(text: Any) -> None:
    text = _text(text)
    try:
        tree = ast.parse(str.strip(text), mode="eval")
    except (SyntaxError, RecursionError, MemoryError):
        return  # evaluating it fails the same way, in the sandbox
    # The sandbox evaluates annotations itself (``resolve_hints``): a string is text
    # here.  In depth, names and attributes that lead out are refused anyway, should
    # any host code evaluate one.
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and (node.attr.startswith("__") or
                                                node.attr.startswith("_pbx")):
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
        if _FORWARD_MODULE(value) is not None:
            raise SecurityError("a ForwardRef bound to a module is not allowed in the sandbox")
        check_annotation_string(_FORWARD_ARG(value))
        return
    if isinstance(value, types.GenericAlias):
        for arg in _GA_ARGS(value):
            check_annotation(arg, depth + 1)


def check_annotations(mapping: Any) -> None:
    if isinstance(mapping, Mapping):
        for k in list(mapping):
            if not isinstance(k, str):
                raise SecurityError("annotation names must be strings")
        for v in list(mapping.values()):
            check_annotation(v)


# ---------------------------------------------------------------------------
# Resolving in the sandbox


def _forward(value: Any, evaluate: Evaluator, localns: Mapping[str, Any] | None,
             is_argument: bool, is_class: bool, guard: frozenset[str], depth: int) -> Any:
    """A string or ForwardRef: evaluated by the sandbox, checked as typing checks it."""
    if isinstance(value, typing.ForwardRef):
        if _FORWARD_MODULE(value) is not None:
            raise SecurityError("a ForwardRef bound to a module is not allowed in the sandbox")
        text = _FORWARD_ARG(value)
        is_argument, is_class = _FORWARD_IS_ARGUMENT(value), _FORWARD_IS_CLASS(value)
    else:
        text = _text(value)
    if text in guard:
        return typing.ForwardRef(text, is_argument=is_argument, is_class=is_class)
    result = typing._type_check(  # type: ignore[attr-defined]
        evaluate(text, localns), "Forward references must evaluate to types.",
        is_argument=is_argument, allow_special_forms=is_class)
    return _resolve(result, evaluate, localns, guard | {text}, depth + 1)


def _resolve(t: Any, evaluate: Evaluator, localns: Mapping[str, Any] | None,
             guard: frozenset[str] = frozenset(), depth: int = 0) -> Any:
    """``typing._eval_type`` with the sandbox evaluating every forward reference."""
    if depth > _MAX_NESTING:
        raise RecursionError("annotation nested too deeply")
    if isinstance(t, typing.ForwardRef):
        return _forward(t, evaluate, localns, True, False, guard, depth)
    if isinstance(t, types.GenericAlias):
        origin = _GA_ORIGIN(t)
        args = tuple(_forward(a, evaluate, localns, True, False, guard, depth)
                     if isinstance(a, str) else _resolve(a, evaluate, localns, guard, depth + 1)
                     for a in _GA_ARGS(t))
        return types.GenericAlias(origin, args)
    if isinstance(t, typing._GenericAlias):  # type: ignore[attr-defined]
        args = tuple(_resolve(a, evaluate, localns, guard, depth + 1) for a in t.__args__)
        return t.copy_with(args) if args != t.__args__ else t
    if isinstance(t, types.UnionType):
        args = tuple(_resolve(a, evaluate, localns, guard, depth + 1) for a in t.__args__)
        return functools.reduce(operator.or_, args)
    return t


def _annotations_of(obj: Any) -> dict[str, Any]:
    ann = obj.__dict__.get("__annotations__", {}) if isinstance(obj, type) else \
        getattr(obj, "__annotations__", None)
    if isinstance(ann, types.GetSetDescriptorType):
        return {}
    return dict(ann) if isinstance(ann, Mapping) else {}


def resolve_hints(obj: Any, evaluate: Evaluator, *, include_extras: bool = False,
                  is_sandbox_class: Callable[[Any], bool]) -> dict[str, Any]:
    """``typing.get_type_hints(obj)`` with the sandbox evaluating the annotations.

    The host's ``eval`` is never involved, for any class in the MRO.
    """
    hints: dict[str, Any] = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            # Host-made classes can hold sandbox text too (typing.NamedTuple('P', [('x',
            # '...')])): every base is resolved here, a host class's namespace filtered.
            if is_sandbox_class(base):
                local = dict(vars(base))
            else:
                from .guard import filtered_dict

                local = filtered_dict(base)
            for name, value in _annotations_of(base).items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = _forward(value, evaluate, local, False, True, frozenset(), 0)
                else:
                    value = _resolve(value, evaluate, local)
                hints[name] = value
    else:
        if not callable(obj) and not isinstance(obj, types.ModuleType):
            raise TypeError(f"{obj!r} is not a module, class, method, or function.")
        for name, value in _annotations_of(obj).items():
            if value is None:
                value = type(None)
            if isinstance(value, str):
                value = _forward(value, evaluate, None, True, False, frozenset(), 0)
            else:
                value = _resolve(value, evaluate, None)
            hints[name] = value
    if include_extras:
        return hints
    return {k: typing._strip_annotations(t) for k, t in hints.items()}  # type: ignore[attr-defined]


def register_checked(register: Callable[..., Any], evaluate: Callable[[], Evaluator],
                     is_sandbox_class: Callable[[Any], bool]) -> Callable[..., Any]:
    """singledispatch's ``register``: ``@f.register`` on an annotated function gets its
    dispatch class from the sandbox, and the real ``register`` gets it explicitly."""
    def register_resolved(cls: Any, func: Any = None) -> Any:
        if func is None and not _is_dispatch_type(cls):
            if not callable(cls):
                return register(cls, func)  # the real one raises its own TypeError
            ann = getattr(cls, "__annotations__", None)
            if not isinstance(ann, Mapping) or not ann:
                return register(cls, func)  # "Invalid first argument to register()"
            hints = resolve_hints(cls, evaluate(), is_sandbox_class=is_sandbox_class)
            if not hints:
                return register(cls, func)
            _, dispatch = next(iter(hints.items()))
            return register(dispatch, cls)
        return register(cls, func)
    register_resolved.__name__ = register_resolved.__qualname__ = "register"
    register_resolved.__doc__ = getattr(register, "__doc__", None)
    return register_resolved


def _is_dispatch_type(cls: Any) -> bool:
    return isinstance(cls, type) or isinstance(cls, types.UnionType) or \
        isinstance(cls, typing._GenericAlias)  # type: ignore[attr-defined]
