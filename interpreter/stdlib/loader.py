"""Running Python source *in the sandbox* on the session's behalf.

Some modules cannot be offered as proxies of the real ones, because their code would
write to the host's ``sys.stdout``, open files, evaluate text or walk frames.  Those are
offered as Python source that the sandbox itself compiles and runs in a fresh module
namespace: either CPython's own pure-Python module (``textwrap``, ``pprint``, ``shlex``,
``calendar``, ``csv``) or a sandbox-side implementation in ``interpreter/stdlib/sandboxed``.
Their code then runs under the guard and the limits like user code, user subclasses and
callbacks included, and their frames are hidden from tracebacks (``CodeInfo.hidden``).

The same machinery runs doctest examples and timeit statements: text compiled by the
sandbox's compiler, never by the host's ``exec``.
"""

from __future__ import annotations

import ast
import importlib.resources
import importlib.util
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..compiler import Compiler, Env
from ..compiler.blocks import BODY, block_function
from ..compiler.suspension import run_body
from ..errors import SecurityError
from ..runtime import RETURN
from ..scope import analyse
from ..security.firewall import sandbox_api
from ..security.module_table import MODULE_TABLE
from ..tracebacks import CodeInfo, annotate

if TYPE_CHECKING:
    from . import Stdlib

_SOURCES: dict[str, str] = {}


def host_source(name: str) -> str:
    """The source text of CPython's own pure-Python module ``name`` (read once)."""
    text = _SOURCES.get(name)
    if text is None:
        spec = importlib.util.find_spec(name)
        loader = getattr(spec, "loader", None)
        text = loader.get_source(name) if loader is not None else None  # type: ignore[union-attr]
        if not text:
            raise ImportError(f"the source of module '{name}' is not available")
        _SOURCES[name] = text
    return text


def own_source(name: str) -> str:
    """The source of a sandbox-side module in ``interpreter/stdlib/sandboxed``."""
    key = "sandboxed:" + name
    text = _SOURCES.get(key)
    if text is None:
        filename = name.replace(".", "_") + ".py"
        text = (importlib.resources.files(__package__) / "sandboxed" / filename).read_text(
            encoding="utf-8")
        _SOURCES[key] = text
    return text


@sandbox_api
class Unavailable:
    """What ``import os`` gives module source run by the sandbox: any use is refused.

    CPython's modules import ``os`` or ``gc`` for a function or two the sandbox does not
    offer (``shlex`` reads files through it); the import itself must still succeed.
    """

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        raise SecurityError(f"{self._name}.{attr} is not available in the sandbox")

    def __repr__(self) -> str:
        return f"<module '{self._name}' (not available in the sandbox)>"


class InternalImporter:
    """``import`` for module source run by the sandbox: the curated proxies whatever the
    policy says (a module's own needs are not the user's imports), ``extra`` modules made
    for it, and :class:`Unavailable` for everything else."""

    def __init__(self, lib: Stdlib, extra: dict[str, Callable[[], Any]] | None = None) -> None:
        self.lib = lib
        self.extra = extra or {}

    def __call__(self, name: str) -> Any:
        make = self.extra.get(name)
        if make is not None:
            return make()
        importer = self.lib.importer
        if name in MODULE_TABLE or self.lib.provides(name):
            return importer.load(name)
        return Unavailable(name)

    # the compiler's ``import`` statement only calls the importer; completion asks these
    def allowed(self, name: str) -> bool:  # pragma: no cover - not used for modules
        return True


def _single_mode(tree: ast.Interactive) -> ast.Module:
    """``compile(..., 'single')``: expression statements outside functions and classes
    show their value through the display hook, as in the interactive interpreter."""

    class Show(ast.NodeTransformer):
        def visit_Expr(self, node: ast.Expr) -> ast.AST:
            call = ast.Call(func=ast.Name("__pbx_displayhook__", ast.Load()),
                            args=[node.value], keywords=[])
            return ast.copy_location(ast.Expr(ast.copy_location(call, node.value)), node)

        def visit_FunctionDef(self, node: ast.AST) -> ast.AST:
            return node

        visit_AsyncFunctionDef = visit_ClassDef = visit_Lambda = visit_FunctionDef

    module = ast.Module(body=[Show().visit(s) for s in tree.body], type_ignores=[])
    ast.fix_missing_locations(module)
    return module


def _absolute_imports(tree: ast.Module, package: str) -> None:
    """``from . import x`` / ``from .m import x`` inside package ``package`` as absolute
    imports (the sandbox's ``import`` knows no packages; the importer is told the names)."""
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody", "handlers"):
            stmts = getattr(node, field, None)
            if not isinstance(stmts, list):
                continue
            for k, st in enumerate(stmts):
                if isinstance(st, ast.ImportFrom) and st.level:
                    stmts[k] = _absolute(st, package)


def _absolute(node: ast.ImportFrom, package: str) -> ast.stmt:
    if node.level != 1:
        raise ImportError("relative imports above the package are not supported")
    if node.module:
        new: ast.stmt = ast.ImportFrom(f"{package}.{node.module}", node.names, 0)
    else:  # from . import a  ->  import package.a as a
        new = ast.Import([ast.copy_location(ast.alias(f"{package}.{a.name}", a.asname or a.name),
                                            a) for a in node.names])
    return ast.copy_location(new, node)


class Code:
    """Source compiled by the sandbox for one namespace; calling it runs it."""

    def __init__(self, lib: Stdlib, source: str, filename: str, namespace: dict[str, Any], *,
                 mode: str = "exec", hidden: bool = False,
                 importer: Callable[[str], Any] | None = None,
                 builtins: dict[str, Any] | None = None, package: str | None = None,
                 trusted: bool = False) -> None:
        if type(source) is not str:
            raise TypeError("the source must be a string")
        if type(namespace) is not dict:
            raise TypeError("the namespace must be a dict")
        if not trusted:  # CPython's own checks of text from sandbox code
            compile(source, filename, mode, flags=0, dont_inherit=True)
        tree: ast.AST = ast.parse(source, filename, mode=mode)
        if isinstance(tree, ast.Interactive):
            tree = _single_mode(tree)
        elif isinstance(tree, ast.Expression):
            tree = ast.Module(body=[ast.Expr(tree.body, lineno=1, col_offset=0)],
                              type_ignores=[])
            ast.fix_missing_locations(tree)
        if package is not None and "from ." in source:
            _absolute_imports(tree, package)  # type: ignore[arg-type]
        self.doc = ast.get_docstring(tree, clean=False) if isinstance(tree, ast.Module) else None
        root, scopes = analyse(tree)
        session_env = lib.env
        saved = getattr(lib.rt, "function_globals", None)
        env = Env(lib.rt, namespace, builtins if builtins is not None else lib.builtins,
                  importer if importer is not None else lib.importer,
                  specialise=session_env.specialise, firewall=session_env.firewall)
        lib.rt.function_globals = saved  # an Env makes itself the runtime's: not ours
        info = CodeInfo(filename, source.splitlines(), weakref.ref(lib.rt), hidden=hidden)
        c = Compiler(env, info, root, scopes)
        body_nodes: list[ast.stmt] = list(tree.body)  # type: ignore[attr-defined]
        last = None
        if mode == "eval":
            last, last_pos = c.expr(body_nodes[0].value), c.pos(body_nodes[0])  # type: ignore[attr-defined]
            body_nodes = []
        body = block_function(c, body_nodes, BODY, "module") if c.specialise \
            else c.block(body_nodes)

        def run(f: list) -> Any:
            if body(f) is RETURN:  # pragma: no cover - 'return' outside function
                return RETURN
            if last is not None:
                try:
                    f[0] = last(f)
                except BaseException as e:
                    annotate(e, f, last_pos)
                    raise
            return RETURN
        self.lib = lib
        self._run = run

    def __call__(self) -> Any:
        """Run the code (inside the running execution, or in one of its own)."""
        rt = self.lib.rt
        if rt.active:
            return run_body(rt, self._run, [None])
        return self.lib.call(run_body, rt, self._run, [None])


def run_module(lib: Stdlib, name: str, source: str, *, inject: dict[str, Any] | None = None,
               extra_imports: dict[str, Callable[[], Any]] | None = None,
               module_name: str | None = None, package: str | None = None) -> dict[str, Any]:
    """Run module source in a fresh namespace; returns the namespace (for the proxy).

    ``module_name`` is the ``__name__`` its classes and functions report, when that is
    not the name it is imported by (``IPython.display`` defines ``IPython.core.display``'s)."""
    namespace: dict[str, Any] = {"__name__": module_name or name, "__doc__": None,
                                 "__builtins__": lib.builtins}
    if inject:
        namespace.update(inject)
    code = Code(lib, source, f"<sandbox {name}>", namespace, hidden=True,
                importer=InternalImporter(lib, extra_imports), package=package, trusted=True)
    namespace["__doc__"] = code.doc
    code()
    return namespace


@sandbox_api
class SubModule:
    """A module of a sandbox-run package, as its sibling modules import it."""

    __slots__ = ("_name", "_namespace")

    def __init__(self, name: str, namespace: dict[str, Any]) -> None:
        self._name, self._namespace = name, namespace

    def __getattr__(self, attr: str) -> Any:
        try:
            return self._namespace[attr]
        except KeyError:
            raise AttributeError(f"module '{self._name}' has no attribute '{attr}'") from None

    def __repr__(self) -> str:
        return f"<module '{self._name}' (sandboxed)>"
