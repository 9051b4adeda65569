"""Assignment targets: names, attributes, subscripts and unpacking, stored and deleted.

Unpacking is CPython's own: the target shape (``a, *b, c``) is generated as Python
code, so the error messages and the number of items taken from an iterator are
exactly CPython's; every unpacked item passes the firewall before it is stored.
"""

from __future__ import annotations

import ast
from typing import Any

from ..scope import LOCAL
from ..security.guard import (
    check_setattr,
    guarded_delattr,
    guarded_setattr,
    plain_name,
)
from ..tracebacks import annotate
from .core import Closure, Compiler, Store

_SETATTR = """
def make(user_type, check):
    def set_attr(o, v):
        if not user_type(type(o)):
            check(o, {name!r}, v)
        o.{name} = v
    return set_attr
"""



def slot_of(c: Compiler, target: ast.expr) -> int | None:
    """The fast-local slot a plain name target stores into (specialised mode only)."""
    if c.specialise and isinstance(target, ast.Name):
        kind, slot = c.scope.resolve(c.scope.mangle(target.id))
        if kind == LOCAL:
            return slot
    return None


def store_target(c: Compiler, target: ast.expr) -> Store:
    if isinstance(target, ast.Name):
        return c.store_name(target.id)
    P = c.pos(target)
    if isinstance(target, ast.Attribute):
        return store_attribute(c, c.expr(target.value), c.scope.mangle(target.attr), P)
    if isinstance(target, ast.Subscript):
        obj = c.expr(target.value)
        index = c.expr(target.slice)

        def store_item(f: list, v: Any) -> None:
            try:
                obj(f)[index(f)] = v
            except BaseException as e:
                annotate(e, f, P)
                raise
        return store_item
    if isinstance(target, ast.Tuple | ast.List):
        return unpack_target(c, target.elts, P)
    if isinstance(target, ast.Starred):
        raise SyntaxError("starred assignment target must be in a list or tuple")
    raise c.unsupported(target)


def attribute_setter(c: Compiler, name: str) -> Any:
    """``set(o, v)``: ``o.name = v`` through the write rule (user objects go fast)."""
    if c.specialise and plain_name(name):
        make = c.template("setattr." + name, _SETATTR.format(name=name))
        return make(c.env.firewall.user_type, check_setattr)

    def set_guarded_attr(o: Any, v: Any) -> None:
        guarded_setattr(o, name, v)  # (a class's __del__ is deferred there)
    return set_guarded_attr


def store_attribute(c: Compiler, obj: Closure, name: str, P: Any) -> Store:
    setter = attribute_setter(c, name)

    def store_attr(f: list, v: Any) -> None:
        try:
            setter(obj(f), v)
        except BaseException as e:
            annotate(e, f, P)
            raise
    return store_attr


_UNPACK = """
def make(stores, P, annotate, clean, admit):
    def unpack(f, v):
        try:
            {names} = v
        except BaseException as e:
            annotate(e, f, P)
            raise
{checks}
{stores}
    return unpack
"""


def unpack_target(c: Compiler, elts: list[ast.expr], P: Any) -> Store:
    """``a, *b, c = v``: CPython unpacks; items are admitted, then stored in order."""
    names, checks, lines = [], [], []
    stores: list[Store | None] = []
    for i, e in enumerate(elts):
        starred = isinstance(e, ast.Starred)
        target = e.value if starred else e
        names.append(("*" if starred else "") + f"x{i}")
        if starred:
            checks.append(f"        x{i} = [y if type(y) in clean else admit(y) for y in x{i}]")
        else:
            checks.append(f"        if type(x{i}) not in clean:\n"
                          f"            x{i} = admit(x{i})")
        slot = slot_of(c, target)
        if slot is not None:
            lines.append(f"        f[{slot}] = x{i}")
            stores.append(None)
        else:
            lines.append(f"        stores[{i}](f, x{i})")
            stores.append(store_target(c, target))
    source = _UNPACK.format(names=", ".join(names) + ("," if len(names) == 1 else ""),
                            checks="\n".join(checks), stores="\n".join(lines))
    fw = c.env.firewall
    return c.template(source, source)(tuple(stores), P, annotate, fw.clean, fw.admit)


def delete_target(c: Compiler, target: ast.expr) -> Closure:
    if isinstance(target, ast.Name):
        return c.delete_name(target.id)
    P = c.pos(target)
    if isinstance(target, ast.Attribute):
        obj = c.expr(target.value)
        name = c.scope.mangle(target.attr)

        def del_attr(f: list) -> None:
            try:
                guarded_delattr(obj(f), name)
            except BaseException as e:
                annotate(e, f, P)
                raise
        return del_attr
    if isinstance(target, ast.Subscript):
        obj = c.expr(target.value)
        index = c.expr(target.slice)

        def del_item(f: list) -> None:
            try:
                del obj(f)[index(f)]
            except BaseException as e:
                annotate(e, f, P)
                raise
        return del_item
    if isinstance(target, ast.Tuple | ast.List):
        dels = [delete_target(c, e) for e in target.elts]

        def del_all(f: list) -> None:
            for d in dels:
                d(f)
        return del_all
    raise c.unsupported(target)
