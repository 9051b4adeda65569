"""``class`` statements: real classes built with the proper metaclass.

The body runs in a frame whose slot 1 is the namespace from ``__prepare__``;
methods that use ``super()`` or ``__class__`` share the class cell, filled once
the class exists.  Classes made here are registered as user classes, whose
private attributes the guard lets sandbox code use.
"""

from __future__ import annotations

import ast
import types
from typing import Any

from ..runtime import UNBOUND, Cell
from ..security.guard import USER_CLASS_MARKER, USER_CLASSES
from .core import Closure, Compiler, stmt_compiler
from .expressions import _starred_parts, build_items


@stmt_compiler(ast.ClassDef)
def compile_classdef(c: Compiler, node: ast.ClassDef) -> Closure:
    scope = c.scopes[node]
    cc = c.child(node, node.name)
    body = cc.block(node.body)
    decorators = c.exprs(node.decorator_list)
    bases, _ = _starred_parts(c, node.bases)
    keywords = [(k.arg, c.expr(k.value)) for k in node.keywords]
    store = c.store_name(node.name)
    name = node.name
    qualname = c.scope.qualname_prefix() + name
    module_name = c.env.globals.get("__name__", "__main__")
    first = node.body[0] if node.body else None
    doc = (first.value.value if isinstance(first, ast.Expr)
           and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str)
           else None)
    # Frame layout of the body: slot 1 namespace, then free cells and __class__.
    layout: list[tuple[int, Any]] = []
    for var, slot in sorted(scope.slots.items(), key=lambda kv: kv[1]):
        if var == "__class__" and var in scope.cells:
            layout.append((slot, None))
        else:
            layout.append((slot, c.scope.slots[var]))
    size = max([s for s, _ in layout], default=1) + 1
    class_cell_slot = scope.slots.get("__class__") if "__class__" in scope.cells else None

    clean, admit = c.env.firewall.clean, c.env.firewall.admit

    def classdef(f: list) -> None:
        decs = [d(f) for d in decorators]
        orig_bases = tuple(build_items(bases, f, clean, admit))
        kwargs: dict[str, Any] = {}
        for k, e in keywords:
            if k is None:
                kwargs.update(e(f))
            else:
                kwargs[k] = e(f)
        resolved = types.resolve_bases(orig_bases)
        meta, ns, kwds = types.prepare_class(name, resolved, kwargs)
        frame: list[Any] = [UNBOUND] * size
        frame[0] = None
        frame[1] = ns
        for slot, outer in layout:
            frame[slot] = Cell() if outer is None else f[outer]
        ns["__module__"] = module_name
        ns["__qualname__"] = qualname
        if doc is not None:
            ns["__doc__"] = doc
        body(frame)
        if isinstance(ns, dict):  # past a __prepare__ mapping's own __setitem__
            dict.__setitem__(ns, USER_CLASS_MARKER, True)
        else:
            ns[USER_CLASS_MARKER] = True
        if resolved is not orig_bases:
            ns["__orig_bases__"] = orig_bases
        cls = meta(name, resolved, ns, **kwds)
        if isinstance(cls, type):
            USER_CLASSES.add(cls)
            if USER_CLASS_MARKER in type.__dict__["__dict__"].__get__(cls):
                type.__delattr__(cls, USER_CLASS_MARKER)  # the registry knows it now
        if class_cell_slot is not None:
            frame[class_cell_slot].v = cls
        for d in reversed(decs):
            cls = d(cls)
            if isinstance(cls, type):
                USER_CLASSES.add(cls)
        store(f, cls)
    return classdef
