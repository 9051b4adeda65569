"""``match`` statements: each pattern compiles to ``matches(frame, subject) -> bool``."""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..security.guard import guarded_getattr
from .core import Closure, Compiler, stmt_compiler

Matcher = Callable[[list, Any, list], bool]

_SELF_MATCHING = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)
_MISSING = object()


@stmt_compiler(ast.Match)
def compile_match(c: Compiler, node: ast.Match) -> Closure:
    subject = c.expr(node.subject)
    cases = []
    for case in node.cases:
        guard = c.expr(case.guard) if case.guard is not None else None
        cases.append((pattern(c, case.pattern), guard, c.block(case.body)))

    def match_(f: list) -> Any:
        s = subject(f)
        for matches, guard, body in cases:
            binds: list[tuple[Any, Any]] = []
            if matches(f, s, binds):
                for store, value in binds:  # names are bound only when the pattern matched
                    store(f, value)
                if guard is None or guard(f):
                    return body(f)
        return None
    return match_


def pattern(c: Compiler, p: ast.pattern) -> Matcher:
    if isinstance(p, ast.MatchValue):
        value = c.expr(p.value)
        return lambda f, s, b: s == value(f)
    if isinstance(p, ast.MatchSingleton):
        v = p.value
        return lambda f, s, b: s is v
    if isinstance(p, ast.MatchAs):
        return _match_as(c, p)
    if isinstance(p, ast.MatchOr):
        alts = [pattern(c, a) for a in p.patterns]

        def match_or(f: list, s: Any, b: list) -> bool:
            for m in alts:
                trial: list[Any] = []
                if m(f, s, trial):
                    b.extend(trial)
                    return True
            return False
        return match_or
    if isinstance(p, ast.MatchSequence):
        return _match_sequence(c, p)
    if isinstance(p, ast.MatchMapping):
        return _match_mapping(c, p)
    if isinstance(p, ast.MatchClass):
        return _match_class(c, p)
    raise c.unsupported(p)


def _match_as(c: Compiler, p: ast.MatchAs) -> Matcher:
    inner = pattern(c, p.pattern) if p.pattern is not None else None
    store = c.store_name(p.name) if p.name else None

    def match_as(f: list, s: Any, b: list) -> bool:
        if inner is not None and not inner(f, s, b):
            return False
        if store is not None:
            b.append((store, s))
        return True
    return match_as


def _match_sequence(c: Compiler, p: ast.MatchSequence) -> Matcher:
    star = next((i for i, q in enumerate(p.patterns) if isinstance(q, ast.MatchStar)), None)
    subs = [pattern(c, q) if not isinstance(q, ast.MatchStar) else None for q in p.patterns]
    star_store = None
    if star is not None:
        name = p.patterns[star].name  # type: ignore[attr-defined]
        star_store = c.store_name(name) if name else None
    n = len(subs)

    def match_sequence(f: list, s: Any, b: list) -> bool:
        if not isinstance(s, Sequence) or isinstance(s, str | bytes | bytearray):
            return False
        items = list(s)
        if star is None:
            if len(items) != n:
                return False
            return all(m(f, x, b) for m, x in zip(subs, items, strict=True))  # type: ignore
        if len(items) < n - 1:
            return False
        after = n - star - 1
        for i in range(star):
            if not subs[i](f, items[i], b):  # type: ignore[misc]
                return False
        for j in range(after):
            if not subs[star + 1 + j](f, items[len(items) - after + j], b):  # type: ignore
                return False
        if star_store is not None:
            b.append((star_store, items[star:len(items) - after]))
        return True
    return match_sequence


def _match_mapping(c: Compiler, p: ast.MatchMapping) -> Matcher:
    keys = c.exprs(p.keys)
    subs = [pattern(c, q) for q in p.patterns]
    rest = c.store_name(p.rest) if p.rest else None

    def match_mapping(f: list, s: Any, b: list) -> bool:
        if not isinstance(s, Mapping):
            return False
        seen = []
        for k, m in zip(keys, subs, strict=True):
            key = k(f)
            v = s.get(key, _MISSING)
            if v is _MISSING or not m(f, v, b):
                return False
            seen.append(key)
        if rest is not None:
            b.append((rest, {k: v for k, v in s.items() if k not in seen}))
        return True
    return match_mapping


def _match_class(c: Compiler, p: ast.MatchClass) -> Matcher:
    cls = c.expr(p.cls)
    positional = [pattern(c, q) for q in p.patterns]
    keywords = [(k, pattern(c, q)) for k, q in zip(p.kwd_attrs, p.kwd_patterns, strict=True)]

    def match_class(f: list, s: Any, b: list) -> bool:
        t = cls(f)
        if not isinstance(t, type):
            raise TypeError("called match pattern must be a class")
        if not isinstance(s, t):
            return False
        if positional:
            if t in _SELF_MATCHING and len(positional) == 1 and \
                    "__match_args__" not in t.__dict__:
                if not positional[0](f, s, b):
                    return False
            else:
                args = getattr(t, "__match_args__", ())
                if not isinstance(args, tuple):
                    raise TypeError(f"{t.__name__}.__match_args__ must be a tuple")
                if len(positional) > len(args):
                    raise TypeError(f"{t.__name__}() accepts {len(args)} positional "
                                    f"sub-pattern{'s' if len(args) != 1 else ''} "
                                    f"({len(positional)} given)")
                for name, m in zip(args, positional, strict=False):
                    v = guarded_getattr(s, name, _MISSING)
                    if v is _MISSING or not m(f, v, b):
                        return False
        for name, m in keywords:
            v = guarded_getattr(s, name, _MISSING)
            if v is _MISSING or not m(f, v, b):
                return False
        return True
    return match_class
