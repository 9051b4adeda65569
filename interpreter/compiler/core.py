"""The compiler core: node dispatch, blocks, name access and per-session state.

Each AST node is compiled exactly once into a closure taking the frame (a list).
Node families live in sibling modules and register themselves in ``EXPR`` and
``STMT``; the dispatch happens here at compile time, never at run time.
"""

from __future__ import annotations

import ast
import builtins as host_builtins
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..errors import InternalError
from ..runtime import UNBOUND, Runtime
from ..scope import CELL, CLASSDEREF, GLOBAL, LOCAL, NAME, Scope
from ..security.firewall import Firewall
from ..tracebacks import CodeInfo, Pos, annotate, pos_of

Closure = Callable[[list], Any]
Store = Callable[[list, Any], None]

EXPR: dict[type, Callable[[Compiler, Any], Closure]] = {}
STMT: dict[type, Callable[[Compiler, Any], Closure]] = {}


def expr_compiler(*types_: type) -> Callable[[Any], Any]:
    def register(fn: Any) -> Any:
        for t in types_:
            EXPR[t] = fn
        return fn
    return register


def stmt_compiler(*types_: type) -> Callable[[Any], Any]:
    def register(fn: Any) -> Any:
        for t in types_:
            STMT[t] = fn
        return fn
    return register


@dataclass(eq=False)
class Env:
    """What compiled code of one session shares: globals, builtins, limits, imports.

    ``specialise`` off compiles every node to its generic closure only (no constant or
    slot variants, no fixed-arity calls, greenlet-only generators), so that the
    differential corpus can test every fast path against the generic one.
    """

    rt: Runtime
    globals: dict[str, Any]
    builtins: dict[str, Any]
    importer: Callable[..., Any]
    ignore_typing: bool = False
    future_annotations: bool = False
    specialise: bool = True
    firewall: Firewall = field(default_factory=Firewall)
    template_cache: dict[str, Any] = field(default_factory=dict)
    #: The globals of all generated host code of the session (trampolines included):
    #: the module name that ``namedtuple`` & co. read from their caller, and the
    #: sandbox's builtins (C code importing a helper, ``datetime.strptime`` importing
    #: ``_strptime``, calls their ``__import__`` with these globals).  Generated code
    #: reads the session's globals by name through it: it holds only dunders and
    #: ``INTERNAL_NAMES``, and the functions' builtins are the session namespace (see
    #: ``blocks.compile_generated``).
    function_globals: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.function_globals.setdefault("__name__", self.globals.get("__name__", "__main__"))
        self.function_globals.setdefault("__builtins__", self.builtins)
        for name in INTERNAL_NAMES:  # the host's, whatever the sandbox does to its own
            self.function_globals.setdefault(name, getattr(host_builtins, name))
        self.rt.function_globals = self.function_globals  # type: ignore[attr-defined]


#: Host builtins generated code names (``except BaseException``): its internal globals
#: hold them, so that its own names never reach the sandbox's namespace or builtins.
#: Harmless ones only: these are not read by name for sandbox code (which reads its
#: builtins from its own table).
INTERNAL_NAMES = tuple(sorted(
    {n for n, v in vars(host_builtins).items()
     if isinstance(v, type) and issubclass(v, BaseException)} |
    {"type", "isinstance", "len", "iter", "next", "str", "list", "tuple", "dict", "set",
     "frozenset", "int", "float", "bool", "range", "id", "object", "slice", "repr",
     "Ellipsis", "NotImplemented"}))
#: compiled generated code by its source, for every session: compiling is most of the
#: cost of a short cell.  The code holds our text and the user's identifiers only
#: (values are arguments of its ``make``), so sessions may share it.
_SHARED_CODE: dict[Any, Any] = {}
T = TypeVar("T")
_SHARED_CODE_SIZE = 4096


def shared_compiled(key: Any, build: Callable[[], T]) -> T:
    """``build()`` (a compilation), once for all sessions per ``key`` (bounded)."""
    found = _SHARED_CODE.get(key)
    if found is None:
        if len(_SHARED_CODE) >= _SHARED_CODE_SIZE:
            _SHARED_CODE.clear()
        found = _SHARED_CODE[key] = build()
    return found


class Compiler:
    """Compiles the nodes of one scope (a cell, a function body, a class body)."""

    def __init__(self, env: Env, code: CodeInfo, scope: Scope,
                 scopes: dict[ast.AST, Scope], func_name: str = "<module>") -> None:
        self.env = env
        self.rt = env.rt
        self.code = code
        self.scope = scope
        self.scopes = scopes
        self.func_name = func_name

    def child(self, node: ast.AST, func_name: str) -> Compiler:
        return Compiler(self.env, self.code, self.scopes[node], self.scopes, func_name)

    def pos(self, node: ast.AST) -> Pos:
        return pos_of(self.code, self.func_name, node)

    # -- dispatch --------------------------------------------------------
    def expr(self, node: ast.expr) -> Closure:
        try:
            make = EXPR[type(node)]
        except KeyError:
            raise self.unsupported(node) from None
        return make(self, node)

    def exprs(self, nodes: list[ast.expr]) -> list[Closure]:
        return [self.expr(n) for n in nodes]

    def stmt(self, node: ast.stmt) -> Closure:
        try:
            make = STMT[type(node)]
        except KeyError:
            raise self.unsupported(node) from None
        return make(self, node)

    def unsupported(self, node: ast.AST) -> InternalError:
        p = self.pos(node)
        return InternalError(
            f"the interpreter cannot compile {type(node).__name__} "
            f"({self.code.filename}, line {p.lineno})")

    def block(self, body: list[ast.stmt]) -> Closure:
        """A statement list; annotates escaping exceptions with the statement's line."""
        compiled = [(self.stmt(s), self.pos(s)) for s in body]
        if not compiled:
            return lambda f: None
        if not self.env.specialise:
            return _block_loop(tuple(compiled))
        if len(compiled) == 1:
            s0, p0 = compiled[0]

            def run1(f: list) -> Any:
                try:
                    return s0(f)
                except BaseException as e:
                    annotate(e, f, p0)
                    raise
            return run1
        if len(compiled) == 2:
            (s0, p0), (s1, p1) = compiled

            def run2(f: list) -> Any:
                try:
                    r = s0(f)
                except BaseException as e:
                    annotate(e, f, p0)
                    raise
                if r is not None:
                    return r
                try:
                    return s1(f)
                except BaseException as e:
                    annotate(e, f, p1)
                    raise
            return run2
        return _block_loop(tuple(compiled))

    # -- names -----------------------------------------------------------
    def load_name(self, name: str) -> Closure:
        name = self.scope.mangle(name)
        kind, slot = self.scope.resolve(name)
        g, b = self.env.globals, self.env.builtins
        if kind == LOCAL:
            if self.env.specialise and name in self.scope.params and \
                    name not in self.scope.deleted:
                return _make_param_load(slot)

            def load_local(f: list) -> Any:
                v = f[slot]
                if v is UNBOUND:
                    raise UnboundLocalError(
                        f"cannot access local variable '{name}' where it is not "
                        "associated with a value")
                return v
            return load_local
        if kind == CELL:
            free = name in self.scope.free

            def load_cell(f: list) -> Any:
                v = f[slot].v
                if v is not UNBOUND:
                    return v
                if free:
                    raise NameError(
                        f"cannot access free variable '{name}' where it is not associated "
                        "with a value in enclosing scope")
                raise UnboundLocalError(
                    f"cannot access local variable '{name}' where it is not associated "
                    "with a value")
            return load_cell
        if kind == GLOBAL:
            def load_global(f: list) -> Any:
                if name in g:  # a builtin is found without a KeyError raised and caught
                    return g[name]
                if name in b:
                    return b[name]
                raise NameError(f"name '{name}' is not defined", name=name)
            return load_global
        if kind == CLASSDEREF:
            def load_classderef(f: list) -> Any:
                ns = f[1]
                if name in ns:
                    return ns[name]
                v = f[slot].v
                if v is not UNBOUND:
                    return v
                raise NameError(
                    f"cannot access free variable '{name}' where it is not associated "
                    "with a value in enclosing scope")
            return load_classderef
        assert kind == NAME

        def load_classname(f: list) -> Any:
            ns = f[1]
            try:
                return ns[name]
            except KeyError:
                pass
            if name in g:
                return g[name]
            if name in b:
                return b[name]
            raise NameError(f"name '{name}' is not defined", name=name)
        return load_classname

    def store_name(self, name: str) -> Store:
        name = self.scope.mangle(name)
        kind, slot = self.scope.resolve(name)
        if kind == LOCAL:
            def store_local(f: list, v: Any) -> None:
                f[slot] = v
            return store_local
        if kind in (CELL, CLASSDEREF):
            def store_cell(f: list, v: Any) -> None:
                f[slot].v = v
            return store_cell
        if kind == GLOBAL:
            g = self.env.globals

            def store_global(f: list, v: Any) -> None:
                g[name] = v
            return store_global

        def store_classname(f: list, v: Any) -> None:
            f[1][name] = v
        return store_classname

    def delete_name(self, name: str) -> Closure:
        name = self.scope.mangle(name)
        kind, slot = self.scope.resolve(name)
        if kind == LOCAL:
            def del_local(f: list) -> None:
                if f[slot] is UNBOUND:
                    raise UnboundLocalError(
                        f"cannot access local variable '{name}' where it is not "
                        "associated with a value")
                f[slot] = UNBOUND
            return del_local
        if kind in (CELL, CLASSDEREF):
            def del_cell(f: list) -> None:
                cell = f[slot]
                if cell.v is UNBOUND:
                    raise NameError(f"cannot access free variable '{name}'")
                cell.v = UNBOUND
            return del_cell
        if kind == GLOBAL:
            g = self.env.globals

            def del_global(f: list) -> None:
                if name not in g:
                    raise NameError(f"name '{name}' is not defined")
                del g[name]
            return del_global

        def del_classname(f: list) -> None:
            ns = f[1]
            if name not in ns:
                raise NameError(f"name '{name}' is not defined")
            del ns[name]
        return del_classname

    # -- templates -------------------------------------------------------
    def template(self, key: str, source: str) -> Any:
        """The ``make`` factory of host code generated from our own templates.

        Sources are our text with identifiers of the user's AST (attribute and
        parameter names, always valid identifiers) and slot numbers filled in, never
        other user text.  They run with the session's module ``__name__`` as globals,
        since ``namedtuple``, ``Enum(...)`` and ``TypeVar`` read their caller's.
        """
        cache = self.env.template_cache
        fn = cache.get(key)
        if fn is None:
            label = key if len(key) < 40 else "template"
            code = shared_compiled(("template", source), lambda: compile(
                source, f"<pythonbox:{label}>", "exec"))
            ns: dict[str, Any] = {}
            exec(code, self.env.function_globals, ns)  # noqa: S102
            fn = cache[key] = ns["make"]
        return fn

    @property
    def specialise(self) -> bool:
        return self.env.specialise


def _block_loop(stmts: tuple[tuple[Closure, Pos], ...]) -> Closure:
    """The generic statement list: run each, stop at the first control-flow signal."""
    def run(f: list) -> Any:
        for s, p in stmts:
            try:
                r = s(f)
            except BaseException as e:
                annotate(e, f, p)
                raise
            if r is not None:
                return r
        return None
    return run


def _make_param_load(slot: int) -> Closure:
    def load_param(f: list) -> Any:
        return f[slot]
    return load_param

