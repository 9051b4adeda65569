"""Scope analysis with CPython's rules, done once per cell before compiling.

Every function-like scope (def, lambda, comprehension) gets fixed slots for its
locals; the compiler then knows for each name whether it is a fast local, a cell,
a free variable, a class-namespace name or a global.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

FUNCTION, CLASS, MODULE, COMPREHENSION = "function", "class", "module", "comprehension"

# Resolution kinds.
LOCAL, CELL, GLOBAL, NAME, CLASSDEREF = "local", "cell", "global", "name", "classderef"


@dataclass(eq=False)
class Scope:
    kind: str
    node: ast.AST | None
    parent: Scope | None
    name: str = "<module>"
    assigned: set[str] = field(default_factory=set)
    used: set[str] = field(default_factory=set)
    globals: set[str] = field(default_factory=set)
    nonlocals: set[str] = field(default_factory=set)
    params: list[str] = field(default_factory=list)
    deleted: set[str] = field(default_factory=set)
    children: list[Scope] = field(default_factory=list)
    is_generator: bool = False
    is_async: bool = False
    has_await: bool = False
    needs_class_cell: bool = False  # a method uses super() or __class__
    # Results of resolve():
    slots: dict[str, int] = field(default_factory=dict)
    cells: set[str] = field(default_factory=set)
    free: set[str] = field(default_factory=set)

    @property
    def is_function(self) -> bool:
        return self.kind in (FUNCTION, COMPREHENSION)

    def qualname_prefix(self) -> str:
        """The qualname prefix for definitions nested in this scope."""
        parts: list[str] = []
        s: Scope | None = self
        while s is not None and s.kind != MODULE:
            if s.kind == CLASS:
                parts.append(s.name)
            else:
                parts.append(s.name + ".<locals>")
            s = s.parent
        return ".".join(reversed(parts)) + ("." if parts else "")

    def mangle(self, name: str) -> str:
        """Private name mangling: ``__x`` inside class ``C`` (at any depth) is ``_C__x``."""
        if not name.startswith("__") or name.endswith("__") or "." in name:
            return name
        s: Scope | None = self
        while s is not None and s.kind != CLASS:
            s = s.parent
        if s is None:
            return name
        stripped = s.name.lstrip("_")
        return f"_{stripped}{name}" if stripped else name

    def local_names(self) -> set[str]:
        return (self.assigned | set(self.params)) - self.globals - self.nonlocals

    def resolve(self, name: str) -> tuple[str, int]:
        """How code in this scope reaches ``name``: (kind, slot)."""
        if self.kind == MODULE:
            return (GLOBAL, -1)
        if name in self.globals:
            return (GLOBAL, -1)
        if self.kind == CLASS:
            if name in self.nonlocals:
                return (CELL, self.slots[name])
            if name in self.slots and name not in self.assigned:
                return (CLASSDEREF, self.slots[name])
            return (NAME, -1)
        if name in self.slots:
            return (CELL if name in self.cells or name in self.free else LOCAL, self.slots[name])
        return (GLOBAL, -1)


class ScopeError(SyntaxError):
    pass


class _Collector(ast.NodeVisitor):
    """First pass: which names each scope binds, uses and declares."""

    def __init__(self, root: Scope) -> None:
        self.scope = root
        self.scopes: dict[ast.AST, Scope] = {}

    # -- helpers -------------------------------------------------------
    def _new(self, kind: str, node: ast.AST, name: str) -> Scope:
        s = Scope(kind, node, self.scope, name)
        self.scope.children.append(s)
        self.scopes[node] = s
        return s

    def _bind(self, name: str) -> None:
        self.scope.assigned.add(self.scope.mangle(name))

    def _in(self, scope: Scope, visit) -> None:  # type: ignore[no-untyped-def]
        saved, self.scope = self.scope, scope
        try:
            visit()
        finally:
            self.scope = saved

    # -- names ---------------------------------------------------------
    def visit_Name(self, node: ast.Name) -> None:
        name = self.scope.mangle(node.id)
        if isinstance(node.ctx, ast.Load):
            self.scope.used.add(name)
            if node.id == "super" and self.scope.is_function:
                self._mark_class_cell()
        else:
            self._bind(node.id)
            if isinstance(node.ctx, ast.Del):
                self.scope.deleted.add(name)
        if node.id == "__class__" and isinstance(node.ctx, ast.Load):
            self._mark_class_cell()

    def _mark_class_cell(self) -> None:
        s: Scope | None = self.scope
        while s is not None and s.kind != CLASS:
            if s.is_function:
                s.used.add("__class__")
            s = s.parent
        if s is not None:
            s.needs_class_cell = True

    def visit_Global(self, node: ast.Global) -> None:
        for n in map(self.scope.mangle, node.names):
            if n in self.scope.params:
                raise ScopeError(f"name '{n}' is parameter and global")
            self.scope.globals.add(n)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        if self.scope.kind == MODULE:
            raise ScopeError("nonlocal declaration not allowed at module level")
        for n in map(self.scope.mangle, node.names):
            if n in self.scope.params:
                raise ScopeError(f"name '{n}' is parameter and nonlocal")
            self.scope.nonlocals.add(n)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.visit(node.value)
        target = node.target.id
        s = self.scope
        comps: list[Scope] = []
        while s.kind == COMPREHENSION:
            comps.append(s)
            s = s.parent  # type: ignore[assignment]
        if comps and s.kind == CLASS:
            raise ScopeError(
                "assignment expression within a comprehension cannot be used in a class body"
            )
        s.assigned.add(target)
        for c in comps:
            if s.kind == MODULE or target in s.globals:
                c.globals.add(target)
            else:
                c.nonlocals.add(target)

    # -- binding statements -------------------------------------------
    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            self._bind(a.asname or a.name.split(".")[0])

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for a in node.names:
            if a.name == "*":
                if self.scope.kind != MODULE:
                    raise ScopeError("import * only allowed at module level")
                continue
            self._bind(a.asname or a.name)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.name:
            self._bind(node.name)
            self.scope.deleted.add(node.name)
        self.generic_visit(node)

    def visit_MatchAs(self, node: ast.MatchAs) -> None:
        if node.name:
            self._bind(node.name)
        self.generic_visit(node)

    def visit_MatchStar(self, node: ast.MatchStar) -> None:
        if node.name:
            self._bind(node.name)

    def visit_MatchMapping(self, node: ast.MatchMapping) -> None:
        if node.rest:
            self._bind(node.rest)
        self.generic_visit(node)

    # -- scopes --------------------------------------------------------
    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda,
                  name: str) -> None:
        args = node.args
        for d in args.defaults + [d for d in args.kw_defaults if d is not None]:
            self.visit(d)
        if not isinstance(node, ast.Lambda):
            for dec in node.decorator_list:
                self.visit(dec)
            self._visit_annotations(node)
            self._bind(node.name)
        s = self._new(FUNCTION, node, name)
        s.is_async = isinstance(node, ast.AsyncFunctionDef)
        params = [a.arg for a in args.posonlyargs + args.args]
        if args.vararg:
            params.append(args.vararg.arg)
        params += [a.arg for a in args.kwonlyargs]
        if args.kwarg:
            params.append(args.kwarg.arg)
        s.params = [s.mangle(p) for p in params]
        body = node.body if isinstance(node.body, list) else [node.body]

        def visit_body() -> None:
            for st in body:
                self.visit(st)

        self._in(s, visit_body)

    def _visit_annotations(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        a = node.args
        for arg in a.posonlyargs + a.args + a.kwonlyargs + [a.vararg, a.kwarg]:
            if arg is not None and arg.annotation is not None:
                self.visit(arg.annotation)
        if node.returns is not None:
            self.visit(node.returns)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._function(node, node.name)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self._function(node, "<lambda>")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for e in node.bases + [k.value for k in node.keywords] + node.decorator_list:
            self.visit(e)
        self._bind(node.name)
        s = self._new(CLASS, node, node.name)

        def visit_body() -> None:
            for st in node.body:
                self.visit(st)

        self._in(s, visit_body)

    def _comprehension(self, node: ast.AST, name: str,
                       generators: list[ast.comprehension], elts: list[ast.AST]) -> None:
        # The first iterable is evaluated in the enclosing scope.
        self.visit(generators[0].iter)
        s = self._new(COMPREHENSION, node, name)
        s.params = [".0"]

        def visit_body() -> None:
            for i, gen in enumerate(generators):
                if i:
                    self.visit(gen.iter)
                self.visit(gen.target)
                for cond in gen.ifs:
                    self.visit(cond)
                if gen.is_async:
                    s.is_async = True
            for e in elts:
                self.visit(e)

        self._in(s, visit_body)
        if isinstance(node, ast.GeneratorExp):
            s.is_generator = True

    def visit_ListComp(self, node: ast.ListComp) -> None:
        self._comprehension(node, "<listcomp>", node.generators, [node.elt])

    def visit_SetComp(self, node: ast.SetComp) -> None:
        self._comprehension(node, "<setcomp>", node.generators, [node.elt])

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        self._comprehension(node, "<genexpr>", node.generators, [node.elt])

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self._comprehension(node, "<dictcomp>", node.generators, [node.key, node.value])

    # -- suspension ----------------------------------------------------
    def visit_Yield(self, node: ast.Yield) -> None:
        self.scope.is_generator = True
        self.generic_visit(node)

    visit_YieldFrom = visit_Yield  # type: ignore[assignment]

    def visit_Await(self, node: ast.Await) -> None:
        self.scope.has_await = True
        self.generic_visit(node)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> None:
        self.scope.has_await = True
        self.generic_visit(node)

    visit_AsyncWith = visit_AsyncFor  # type: ignore[assignment]


def analyse(tree: ast.AST) -> tuple[Scope, dict[ast.AST, Scope]]:
    """Analyse a module (cell) tree; returns the root scope and node → scope map."""
    root = Scope(MODULE, tree, None)
    c = _Collector(root)
    for st in tree.body:  # type: ignore[attr-defined]
        c.visit(st)
    for child in root.children:
        _resolve(child)
    return root, c.scopes


def _enclosing_binding(scope: Scope, name: str) -> Scope | None:
    """The nearest enclosing function scope that binds ``name`` (skipping classes)."""
    s = scope.parent
    while s is not None and s.kind != MODULE:
        if s.is_function and (name in s.local_names() or name in s.nonlocals):
            if name in s.globals:
                return None
            return s
        if s.is_function and name in s.globals:
            return None
        s = s.parent
    return None


def _resolve(scope: Scope) -> None:
    """Second pass: slots, cells and free variables, children first for cells."""
    for n in scope.nonlocals:
        if _enclosing_binding(scope, n) is None:
            raise ScopeError(f"no binding for nonlocal '{n}' found")
    for child in scope.children:
        _resolve(child)
    slots: dict[str, int] = {}
    next_slot = 1

    def add(name: str) -> None:
        nonlocal next_slot
        if name not in slots:
            slots[name] = next_slot
            next_slot += 1

    if scope.is_function:
        for p in scope.params:
            add(p)
        for n in sorted(scope.local_names()):
            add(n)
    else:  # class: slot 1 holds the namespace dict
        next_slot = 2
    # Free variables: used or declared nonlocal here, or needed by children.
    wanted = set(scope.nonlocals)
    wanted |= {n for n in scope.used if n not in scope.local_names() and n not in scope.globals}
    for child in scope.children:
        wanted |= {n for n in child.free if n not in scope.local_names() or scope.kind == CLASS}
    if scope.kind == CLASS:
        wanted.discard("__class__")
    for n in sorted(wanted):
        if n in scope.globals:
            continue
        if scope.is_function and n in scope.local_names():
            continue
        if _enclosing_binding(scope, n) is not None:
            scope.free.add(n)
            add(n)
        elif n == "__class__" and scope.is_function and _inside_class(scope):
            scope.free.add(n)
            add(n)
    if scope.kind == CLASS and scope.needs_class_cell:
        add("__class__")
        scope.cells.add("__class__")
    if scope.is_function:
        for child in scope.children:
            for n in child.free:
                if n in scope.local_names():
                    scope.cells.add(n)
    scope.slots = slots


def _inside_class(scope: Scope) -> bool:
    s = scope.parent
    while s is not None:
        if s.kind == CLASS:
            return True
        s = s.parent
    return False
