"""``import`` and ``from ... import``: every import goes through the session's importer."""

from __future__ import annotations

import ast
from typing import Any

from ..errors import ForbiddenImportError
from .core import Closure, Compiler, stmt_compiler


@stmt_compiler(ast.Import)
def compile_import(c: Compiler, node: ast.Import) -> Closure:
    importer = c.env.importer
    steps = []
    for alias in node.names:
        if alias.asname:
            steps.append((alias.name, alias.name, c.store_name(alias.asname)))
        else:
            top = alias.name.split(".")[0]
            steps.append((alias.name, top, c.store_name(top)))

    def import_(f: list) -> None:
        for full, bound, store in steps:
            proxy = importer(full)
            store(f, proxy if bound == full else importer(bound))
    return import_


@stmt_compiler(ast.ImportFrom)
def compile_import_from(c: Compiler, node: ast.ImportFrom) -> Closure:
    if node.level:
        def relative(f: list) -> None:
            raise ImportError("attempted relative import with no known parent package")
        return relative
    module = node.module or ""
    if module == "__future__":
        if any(a.name == "annotations" for a in node.names):
            c.env.future_annotations = True
        return lambda f: None
    importer = c.env.importer
    if any(a.name == "*" for a in node.names):
        g = c.env.globals

        def import_star(f: list) -> None:
            proxy = importer(module)
            names = getattr(proxy, "__all__", None) or proxy.__dir__()
            for name in names:
                if not name.startswith("_") and name in proxy.__dir__():
                    g[name] = getattr(proxy, name)
        return import_star
    names = [(a.name, c.store_name(a.asname or a.name)) for a in node.names]

    def import_from(f: list) -> None:
        proxy = importer(module)
        for name, store in names:
            store(f, _from_value(importer, proxy, module, name))
    return import_from


def _from_value(importer: Any, proxy: Any, module: str, name: str) -> Any:
    try:
        return getattr(proxy, name)
    except AttributeError:
        pass
    full = f"{module}.{name}"
    try:
        return importer(full)
    except ForbiddenImportError:
        raise
    except ImportError:
        pass
    raise ImportError(f"cannot import name '{name}' from '{module}'", name=module)
