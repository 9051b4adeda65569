"""Host-side tools for the attack suite: run a cell, then prove the host is untouched.

Every attack in ``tests/security`` goes through :class:`Box`:

* the cell may use the names ``SECRET_PATH`` (a file whose text must never come back),
  ``MARKER_PATH`` (a file that must never be created) and ``MARKER_CMD`` (a shell command
  that would create it); they are replaced by string literals before the cell runs;
* :meth:`Box.attack` runs the cell, checks how it was stopped, and then
  :meth:`Box.assert_safe` proves that the host is untouched: the secret never shows up,
  the marker does not exist, no host process/network/file event happened (an audit hook
  watches), the host modules, classes and global state are unchanged, and no host module,
  frame, code object, builtins namespace or event loop is reachable from the value the
  cell handed back (:func:`find_escapes`).
"""

from __future__ import annotations

import abc
import ast
import asyncio
import builtins
import collections
import collections.abc
import copyreg
import decimal
import gc
import importlib
import io
import os
import random
import signal
import subprocess
import sys
import threading
import time
import types
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import interpreter
from interpreter import Policy, Session, execute
from interpreter.errors import SecurityError
from interpreter.policy import DEFAULT_ALLOWED_MODULES
from interpreter.stdlib import HOST_FREE

try:
    import greenlet
except ImportError:  # pragma: no cover - the interpreter may not use greenlets
    greenlet = None

try:
    from interpreter.security.guard import is_user_object as _is_user_object
except Exception:  # pragma: no cover - internal helper; without it user objects are not opened
    _is_user_object = None


# ---------------------------------------------------------------------------
# What a blocked attack may end with

#: The attribute guard (ForbiddenAttributeError) or the value firewall (SecurityError).
DENIED = (SecurityError, AttributeError)
#: A name that the curated builtins do not offer.
NOT_DEFINED = (NameError, SecurityError)
#: Any ordinary error: the point of the test is that the host stays untouched.
ANY_ERROR = (Exception,)


class _Ok:
    """Sentinel: the cell must run without an error."""

    def __repr__(self) -> str:
        return "OK"


OK: Any = _Ok()

# A first session with the default policy: it may raise the host's recursion limit once
# (the interpreter's own, documented choice), before any snapshot is taken.
Session(policy=Policy()).run_cell_sync("1")

ALLOWED_MODULES: tuple[str, ...] = tuple(DEFAULT_ALLOWED_MODULES)
#: The host modules behind the allowed ones (an empty stand-in for those the session
#: builds without the host's module: importing the real IPython changes the host).
REAL_MODULES: dict[str, types.ModuleType] = {
    name: types.ModuleType(name) if name in HOST_FREE else importlib.import_module(name)
    for name in ALLOWED_MODULES
}
#: Host modules whose public state the snapshot watches besides the allowed ones.
EXTRA_WATCHED = {
    "builtins": builtins, "collections.abc": collections.abc, "copyreg": copyreg,
    "os": os, "sys": sys, "io": io, "subprocess": subprocess, "signal": signal,
}

HOST_DIRS: tuple[str, ...] = tuple(sorted({
    os.path.dirname(os.path.abspath(interpreter.__file__)),
    os.path.dirname(os.path.abspath(os.__file__)),
}))


# ---------------------------------------------------------------------------
# Objects that must never reach sandbox code


def _dangerous_objects() -> dict[int, tuple[str, Any]]:
    found: dict[int, tuple[str, Any]] = {}

    def add(name: str, obj: Any) -> None:
        found[id(obj)] = (name, obj)  # keep a reference so the id stays unique

    for name in ("open", "eval", "exec", "compile", "__import__", "breakpoint", "help",
                 "exit", "quit", "license", "credits", "copyright", "getattr", "setattr",
                 "delattr", "vars", "globals", "locals", "dir", "input", "__build_class__"):
        if hasattr(builtins, name):
            add(f"builtins.{name}", getattr(builtins, name))
    for name in ("system", "popen", "execv", "execve", "fork", "spawnv", "remove", "unlink",
                 "open", "kill", "chdir", "putenv", "listdir", "scandir", "environ"):
        if hasattr(os, name):
            add(f"os.{name}", getattr(os, name))
    for name in ("_getframe", "modules", "path", "stdout", "stderr", "stdin", "__stdout__",
                 "__stderr__", "__stdin__", "settrace", "setprofile", "exit",
                 "setrecursionlimit", "addaudithook", "meta_path", "path_hooks"):
        if hasattr(sys, name):
            add(f"sys.{name}", getattr(sys, name))
    add("io.open", io.open)
    add("io.FileIO", io.FileIO)
    add("subprocess.Popen", subprocess.Popen)
    add("subprocess.run", subprocess.run)
    add("signal.signal", signal.signal)
    add("signal.setitimer", signal.setitimer)
    add("signal.alarm", signal.alarm)
    add("gc.get_objects", gc.get_objects)
    add("gc.get_referrers", gc.get_referrers)
    add("gc.get_referents", gc.get_referents)
    add("threading.Thread", threading.Thread)
    add("importlib.import_module", importlib.import_module)
    add("copyreg.dispatch_table", copyreg.dispatch_table)
    add("asyncio.get_event_loop_policy()", asyncio.get_event_loop_policy())
    return found


DANGEROUS_OBJECTS = _dangerous_objects()

_CONTAINERS = (list, tuple, set, frozenset, collections.deque)


def _safe_name(obj: Any) -> str:
    try:
        return str(type(obj).__name__)
    except Exception:  # pragma: no cover
        return "?"


def _classify(obj: Any, module_dicts: dict[int, str], secrets: tuple[str, ...]) -> str | None:
    """Why ``obj`` must not be in sandbox hands (``None`` when it may)."""
    t = type(obj)
    if issubclass(t, types.ModuleType) and not str(t.__module__).startswith("interpreter"):
        return f"real host module {types.ModuleType.__dict__['__dict__'].__get__(obj).get('__name__')!r}"
    if t is types.FrameType:
        return "a host frame object"
    if t is types.CodeType:
        return "a code object"
    if issubclass(t, asyncio.AbstractEventLoop):
        return f"an event loop ({t.__name__})"
    if greenlet is not None and issubclass(t, greenlet.greenlet):
        return "a greenlet of the interpreter"
    hit = DANGEROUS_OBJECTS.get(id(obj))
    if hit is not None and hit[1] is obj:
        return f"the real {hit[0]}"
    name = module_dicts.get(id(obj))
    if name is not None:
        return f"the globals dict of host module {name!r}"
    if t is str or issubclass(t, str):
        text = str.__str__(obj)
        for secret in secrets:
            if secret and secret in text:
                return "the secret text"
        for d in HOST_DIRS:
            if d in text:
                return f"a host path ({d})"
    return None


def _children(obj: Any, path: str) -> Iterator[tuple[Any, str]]:
    t = type(obj)
    if issubclass(t, dict):
        for i, (k, v) in enumerate(dict.items(obj)):
            yield k, f"{path}.key[{i}]"
            yield v, f"{path}[{k!r}]" if type(k) in (str, int) else f"{path}[#{i}]"
        return
    if issubclass(t, types.MappingProxyType):
        for k, v in dict(obj).items():
            yield v, f"{path}[{k!r}]"
        return
    for base in _CONTAINERS:
        if issubclass(t, base):
            for i, v in enumerate(base.__iter__(obj)):
                yield v, f"{path}[{i}]"
            return
    if issubclass(t, BaseException):
        yield BaseException.__dict__["args"].__get__(obj), f"{path}.args"
        yield BaseException.__dict__["__context__"].__get__(obj), f"{path}.__context__"
        yield BaseException.__dict__["__cause__"].__get__(obj), f"{path}.__cause__"
        return
    if t is types.MethodType:
        yield obj.__self__, f"{path}.__self__"
        return
    if t.__name__ == "partial" and t.__module__ == "functools":
        yield obj.func, f"{path}.func"
        yield obj.args, f"{path}.args"
        yield obj.keywords, f"{path}.keywords"
        return
    # Instances of classes made by sandbox code: their attributes, without running their code.
    if _is_user_object is not None and not isinstance(obj, type) and not callable(obj):
        try:
            user = _is_user_object(obj)
        except Exception:
            user = False
        if user:
            for i, v in enumerate(gc.get_referents(obj)):
                if not isinstance(v, type):
                    yield v, f"{path}.<attr#{i}>"


def find_escapes(root: Any, *, secrets: tuple[str, ...] = (), max_depth: int = 8,
                 max_nodes: int = 200_000) -> list[str]:
    """Paths (inside ``root``) to objects that must never reach sandbox code."""
    module_dicts = {id(vars(m)): name for name, m in list(sys.modules.items())
                    if isinstance(m, types.ModuleType)}
    problems: list[str] = []
    seen: set[int] = set()
    keep: list[Any] = []  # keep visited objects alive so ids stay unique
    stack: list[tuple[Any, str, int]] = [(root, "value", 0)]
    while stack and len(seen) < max_nodes:
        obj, path, depth = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        keep.append(obj)
        what = _classify(obj, module_dicts, secrets)
        if what is not None:
            problems.append(f"{path} is {what}")
            continue
        if depth >= max_depth:
            continue
        try:
            children = list(_children(obj, path))
        except Exception as exc:  # pragma: no cover - a weird object; note and go on
            problems.append(f"{path}: could not inspect a {_safe_name(obj)} ({exc!r})")
            continue
        for child, child_path in children:
            stack.append((child, child_path, depth + 1))
    return problems


# ---------------------------------------------------------------------------
# The audit hook: a host-level witness of processes, network and file access

ALWAYS_BAD_EVENTS = frozenset({
    "os.system", "subprocess.Popen", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
    "os.forkpty", "os.kill", "os.killpg", "pty.spawn", "socket.connect", "socket.bind",
    "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.sendto",
    "socket.sendmsg", "ctypes.dlopen", "ctypes.dlsym", "ctypes.call_function", "ctypes.cdata",
    "sys.addaudithook", "sys.settrace", "sys.setprofile", "urllib.Request", "webbrowser.open",
    "os.putenv", "os.unsetenv", "os.chdir", "shutil.rmtree", "os.startfile",
})
PATH_EVENTS = frozenset({
    "open", "os.remove", "os.rmdir", "os.rename", "os.mkdir", "os.chmod", "os.chown",
    "os.truncate", "os.symlink", "os.link", "os.utime", "os.listdir", "os.scandir",
    "shutil.copyfile", "shutil.copymode", "shutil.move", "shutil.copytree", "glob.glob",
})


class _AuditState:
    active = False
    watched: tuple[str, ...] = ()
    events: list[str] = []


def _audit_hook(event: str, args: tuple[Any, ...]) -> None:
    state = _AuditState
    if not state.active:
        return
    try:
        if event in ALWAYS_BAD_EVENTS:
            state.events.append(f"{event}{_short(args)}")
        elif event in PATH_EVENTS and state.watched:
            text = " ".join(os.fsdecode(a) if isinstance(a, (str, bytes, os.PathLike)) else ""
                            for a in args[:2])
            if any(w in text for w in state.watched):
                state.events.append(f"{event}{_short(args)}")
    except Exception:  # pragma: no cover - an audit hook must never raise
        pass


def _short(args: tuple[Any, ...]) -> str:
    try:
        text = repr(args)
    except Exception:  # pragma: no cover
        text = "(...)"
    return text[:200]


sys.addaudithook(_audit_hook)


# ---------------------------------------------------------------------------
# Host state: snapshot, compare, restore

_FUNC_FIELDS = ("__name__", "__qualname__", "__doc__", "__module__", "__defaults__",
                "__kwdefaults__")


def _abc_targets() -> list[type]:
    targets = [abc.ABC]
    targets += [v for k, v in vars(collections.abc).items()
                if not k.startswith("_") and isinstance(v, abc.ABCMeta)]
    return targets


def _abc_registry(cls: type) -> frozenset[Any]:
    registry = abc._get_dump(cls)[0]  # type: ignore[attr-defined]
    return frozenset(r() for r in registry)


@dataclass
class HostSnapshot:
    modules: dict[str, dict[str, Any]] = field(default_factory=dict)
    classes: dict[str, tuple[type, dict[str, Any]]] = field(default_factory=dict)
    functions: dict[str, tuple[Any, dict[str, Any], dict[str, Any]]] = field(default_factory=dict)
    state: dict[str, Any] = field(default_factory=dict)
    abcs: dict[type, frozenset[Any]] = field(default_factory=dict)
    random_state: Any = None
    decimal_context: decimal.Context | None = None
    default_context: decimal.Context | None = None
    shared_contexts: dict[str, decimal.Context] = field(default_factory=dict)
    policy: Any = None

    @classmethod
    def take(cls) -> HostSnapshot:
        snap = cls()
        watched = dict(REAL_MODULES)
        watched.update(EXTRA_WATCHED)
        for mname, mod in watched.items():
            ns = dict(vars(mod))
            snap.modules[mname] = ns
            if mname in EXTRA_WATCHED:
                continue
            for key, value in ns.items():
                if key.startswith("_"):
                    continue
                where = f"{mname}.{key}"
                if isinstance(value, type) and not _is_static_type(value):
                    snap.classes[where] = (value, dict(vars(value)))
                elif isinstance(value, types.FunctionType):
                    fields = {f: getattr(value, f) for f in _FUNC_FIELDS}
                    snap.functions[where] = (value, fields, dict(value.__dict__))
        snap.state = {
            "os.environ": {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"},
            "cwd": os.getcwd(),
            "sys.path": list(sys.path),
            "recursionlimit": sys.getrecursionlimit(),
            "SIGINT handler": signal.getsignal(signal.SIGINT),
            "SIGALRM handler": signal.getsignal(signal.SIGALRM),
            "SIGTERM handler": signal.getsignal(signal.SIGTERM),
            "trace": sys.gettrace(),
            "profile": sys.getprofile(),
            "copyreg.dispatch_table": dict(copyreg.dispatch_table),
            "sys.modules[os/sys/builtins]": (sys.modules.get("os"), sys.modules.get("sys"),
                                             sys.modules.get("builtins")),
        }
        snap.abcs = {c: _abc_registry(c) for c in _abc_targets()}
        snap.random_state = random.getstate()
        snap.decimal_context = decimal.getcontext().copy()
        snap.default_context = decimal.DefaultContext.copy()
        snap.shared_contexts = {n: getattr(decimal, n).copy()
                                for n in ("BasicContext", "ExtendedContext")}
        snap.policy = asyncio.get_event_loop_policy()
        return snap

    # -- comparing ------------------------------------------------------
    def differences(self, *, include_random: bool = False) -> list[str]:
        now = HostSnapshot.take()
        diffs: list[str] = []
        for mname, before in self.modules.items():
            after = now.modules[mname]
            diffs += _dict_diff(f"module {mname}", before, after,
                                public_only=mname != "builtins")
        for where, (klass, before) in self.classes.items():
            diffs += _dict_diff(f"class {where}", before, dict(vars(klass)), public_only=False)
        for where, (fn, fields, fdict) in self.functions.items():
            for f, v in fields.items():
                if getattr(fn, f) is not v and getattr(fn, f) != v:
                    diffs.append(f"function {where}: {f} changed to {getattr(fn, f)!r}")
            diffs += _dict_diff(f"function {where}.__dict__", fdict, dict(fn.__dict__),
                                public_only=False)
        for key, before in self.state.items():
            after = now.state[key]
            same = after is before or (type(before) in (dict, list, str, int) and after == before)
            if isinstance(before, tuple):
                same = all(a is b for a, b in zip(before, after, strict=True))
            if not same:
                diffs.append(f"host state {key} changed")
        hook = sys.unraisablehook
        if hook is not self.modules["sys"].get("unraisablehook") and \
                getattr(hook, "__module__", "") != "interpreter.security.hooks":
            diffs.append(f"sys.unraisablehook was replaced by {hook!r}")
        for c, before in self.abcs.items():
            after = now.abcs.get(c, frozenset())
            if after != before:
                new = sorted(getattr(x, "__name__", repr(x)) for x in after - before)
                diffs.append(f"ABC {c.__name__} got host registrations {new}")
        if not _same_context(self.decimal_context, decimal.getcontext()):
            diffs.append(f"host decimal context changed: {decimal.getcontext()!r}")
        if not _same_context(self.default_context, decimal.DefaultContext):
            diffs.append(f"decimal.DefaultContext changed: {decimal.DefaultContext!r}")
        for n, ctx in self.shared_contexts.items():
            if not _same_context(ctx, getattr(decimal, n)):
                diffs.append(f"decimal.{n} changed: {getattr(decimal, n)!r}")
        if now.policy is not self.policy:
            diffs.append("the host asyncio event loop policy was replaced")
        if include_random and now.random_state != self.random_state:
            diffs.append("the host's global random state changed")
        return diffs

    # -- restoring (so one hole does not cascade through the suite) ----
    def restore(self) -> None:
        watched = dict(REAL_MODULES)
        watched.update(EXTRA_WATCHED)
        for mname, before in self.modules.items():
            _restore_namespace(watched[mname], before, dict(vars(watched[mname])),
                               public_only=mname != "builtins")
        for _where, (klass, before) in self.classes.items():
            _restore_namespace(klass, before, dict(vars(klass)), public_only=False)
        for _where, (fn, fields, fdict) in self.functions.items():
            for f, v in fields.items():
                try:
                    setattr(fn, f, v)
                except Exception:  # pragma: no cover
                    pass
            fn.__dict__ = dict(fdict)
        st = self.state
        current = os.environ.get("PYTEST_CURRENT_TEST")
        os.environ.clear()
        os.environ.update(st["os.environ"])
        if current is not None:
            os.environ["PYTEST_CURRENT_TEST"] = current
        if os.getcwd() != st["cwd"]:
            os.chdir(st["cwd"])
        sys.path[:] = st["sys.path"]
        sys.setrecursionlimit(st["recursionlimit"])
        for sig, key in ((signal.SIGINT, "SIGINT handler"), (signal.SIGALRM, "SIGALRM handler"),
                         (signal.SIGTERM, "SIGTERM handler")):
            if signal.getsignal(sig) is not st[key] and st[key] is not None:
                signal.signal(sig, st[key])
        copyreg.dispatch_table.clear()
        copyreg.dispatch_table.update(st["copyreg.dispatch_table"])
        for c, before in self.abcs.items():
            if _abc_registry(c) != before:
                c._abc_registry_clear()  # type: ignore[attr-defined]
                c._abc_caches_clear()  # type: ignore[attr-defined]
                for k in before:
                    if k is not None:
                        c.register(k)
        random.setstate(self.random_state)
        decimal.setcontext(self.decimal_context.copy())  # type: ignore[union-attr]
        _copy_context(self.default_context, decimal.DefaultContext)
        for n, ctx in self.shared_contexts.items():
            _copy_context(ctx, getattr(decimal, n))
        if asyncio.get_event_loop_policy() is not self.policy:
            asyncio.set_event_loop_policy(self.policy)


def _is_static_type(t: type) -> bool:
    return not (t.__flags__ & (1 << 9))  # Py_TPFLAGS_HEAPTYPE: C types cannot change


#: Names the host itself changes while tests run: pytest records the last failure in sys,
#: and its capture fixtures swap the standard streams between setup and call.
_VOLATILE = frozenset({"last_type", "last_value", "last_traceback", "last_exc", "stdout",
                       "stderr", "stdin", "unraisablehook"})


def _dict_diff(label: str, before: dict[str, Any], after: dict[str, Any], *,
               public_only: bool) -> list[str]:
    out = []
    for k in set(before) | set(after):
        if public_only and isinstance(k, str) and k.startswith("_"):
            continue
        if label == "module sys" and k in _VOLATILE:
            continue
        if label == "module warnings" and k == "showwarning" and k in after and \
                getattr(after[k], "__module__", "") == "interpreter.security.hooks":
            continue  # the router that sends warnings of sandbox code to its session
        if k not in after:
            out.append(f"{label}: {k!r} was deleted")
        elif k not in before:
            if k == "__annotations__" and after[k] == {}:
                continue  # CPython creates it on first read of a class's __annotations__
            out.append(f"{label}: {k!r} was added ({_safe_name(after[k])})")
        elif after[k] is not before[k]:
            out.append(f"{label}: {k!r} was replaced by a {_safe_name(after[k])}")
    return out


def _restore_namespace(target: Any, before: dict[str, Any], now: dict[str, Any], *,
                       public_only: bool) -> None:
    for k in list(now):
        if public_only and k.startswith("_"):
            continue
        if k not in before:
            try:
                delattr(target, k)
            except Exception:  # pragma: no cover
                pass
    for k, v in before.items():
        if public_only and k.startswith("_"):
            continue
        if now.get(k, _MISSING) is not v:
            try:
                setattr(target, k, v)
            except Exception:  # pragma: no cover
                pass


_MISSING = object()
_CTX_FIELDS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp")


def _same_context(a: decimal.Context | None, b: decimal.Context) -> bool:
    if a is None:
        return True
    return (all(getattr(a, f) == getattr(b, f) for f in _CTX_FIELDS)
            and dict(a.traps) == dict(b.traps))


def _copy_context(src: decimal.Context | None, dst: decimal.Context) -> None:
    if src is None:
        return
    for f in _CTX_FIELDS:
        setattr(dst, f, getattr(src, f))
    for sig, on in src.traps.items():
        dst.traps[sig] = on


# ---------------------------------------------------------------------------
# Running cells


@dataclass
class Outcome:
    """What a Session cell produced, plus what the host saw while it ran."""

    code: str
    raw: Any
    elapsed: float
    events: list[str]

    @property
    def value(self) -> Any:
        return self.raw.value

    @property
    def has_value(self) -> bool:
        return bool(self.raw.has_value)

    @property
    def error(self) -> BaseException | None:
        return self.raw.error

    @property
    def ename(self) -> str | None:
        return self.raw.ename

    @property
    def evalue(self) -> str:
        return "" if self.raw.evalue is None else str(self.raw.evalue)

    @property
    def traceback(self) -> str:
        tb = self.raw.traceback
        if tb is None:
            return ""
        return tb if isinstance(tb, str) else "\n".join(tb)

    @property
    def stdout(self) -> str:
        return self.raw.stdout or ""

    def describe(self) -> str:
        value = "<none>"
        if self.has_value:
            value = f"<{_safe_name(self.value)}>"
            if type(self.value) in (int, float, bool, str, bytes, type(None)):
                value = repr(self.value)[:300]
        return (f"cell:\n{self.code}\n--> error {self.ename}: {self.evalue[:500]}\n"
                f"traceback:\n{self.traceback[-1500:]}\nvalue: {value}\n"
                f"stdout: {self.stdout[:500]!r}\nelapsed: {self.elapsed:.2f} s")


@dataclass
class ExecOutcome:
    """What ``interpreter.execute`` returned."""

    code: str
    res: Any
    elapsed: float
    events: list[str]

    @property
    def error(self) -> str | None:
        return self.res.error

    @property
    def stdout(self) -> str:
        return self.res.stdout or ""

    def describe(self) -> str:
        return (f"cell:\n{self.code}\n--> error {self.error}\nstdout: {self.stdout[:500]!r}\n"
                f"elapsed: {self.elapsed:.2f} s")


class Box:
    """One test's sandbox runner and host witness."""

    def __init__(self, tmp_path: Path, env_secret: str) -> None:
        self.tmp_path = tmp_path
        # One identifier-like token: even a partial evaluation of it names it in full.
        self.secret_text = "pbxsecret" + os.urandom(12).hex()
        self.env_secret = env_secret
        self.secret_path = tmp_path / "secret.txt"
        self.secret_path.write_text(self.secret_text)
        self.marker_path = tmp_path / "pwned.marker"
        self.sessions: list[Any] = []
        # The interpreter's documented choice of recursion limit, made again in case host
        # code changed it since (importing jedi sets 3000), before the snapshot is taken.
        from interpreter.runtime import HOST_FRAMES_PER_USER_FRAME
        from interpreter.security.cstack import ensure_recursion_limit
        ensure_recursion_limit(Policy().max_recursion_depth, HOST_FRAMES_PER_USER_FRAME)
        self.snapshot = HostSnapshot.take()
        self.checked = False

    # -- cells --------------------------------------------------------
    def fill(self, code: str) -> str:
        """Put the paths in; an attack that does not even parse would pass vacuously."""
        filled = (code.replace("SECRET_PATH", repr(str(self.secret_path)))
                  .replace("MARKER_PATH", repr(str(self.marker_path)))
                  .replace("MARKER_CMD", repr(f"touch {self.marker_path}")))
        try:
            compile(filled, "<attack>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
                    dont_inherit=True)
        except SyntaxError as exc:  # pragma: no cover - a broken test, not a sandbox result
            raise AssertionError(f"the attack cell itself is not valid Python: {exc}\n"
                                 f"{filled}") from None
        return filled

    def session(self, **policy: Any) -> Any:
        s = Session(policy=Policy(**policy))
        self.sessions.append(s)
        return s

    @contextmanager
    def recording(self) -> Iterator[list[str]]:
        events: list[str] = []
        _AuditState.events = events
        _AuditState.watched = (str(self.tmp_path),)
        _AuditState.active = True
        try:
            yield events
        finally:
            _AuditState.active = False

    def run(self, code: str, *, session: Any = None, name: str = "Cell In[1]",
            **policy: Any) -> Outcome:
        code = self.fill(code)
        if session is None:
            session = self.session(**policy)
        elif policy:
            raise TypeError("pass the policy to box.session() when reusing a session")
        with self.recording() as events:
            t0 = time.monotonic()
            raw = session.run_cell_sync(code, name=name)
            elapsed = time.monotonic() - t0
        return Outcome(code, raw, elapsed, events)

    def execute(self, code: str, **policy: Any) -> ExecOutcome:
        code = self.fill(code)
        with self.recording() as events:
            t0 = time.monotonic()
            res = execute(code, policy=Policy(**policy), echo_stdout=False)
            elapsed = time.monotonic() - t0
        return ExecOutcome(code, res, elapsed, events)

    def attack(self, code: str, expect: Any = None, *, session: Any = None,
               **policy: Any) -> Outcome:
        """Run an attack cell; ``expect`` is OK, None (anything) or exception classes."""
        out = self.run(code, session=session, **policy)
        try:
            self.assert_outcome(out, expect)
        except AssertionError as wrong_outcome:
            try:
                self.assert_safe(out)
            except AssertionError as touched:
                raise AssertionError(f"{wrong_outcome}\n\nand {touched}") from None
            raise
        self.assert_safe(out)
        return out

    # -- assertions ---------------------------------------------------
    def assert_outcome(self, out: Outcome, expect: Any) -> None:
        if expect is None:
            return
        if expect is OK:
            assert out.error is None, f"the cell should have run cleanly\n{out.describe()}"
            return
        assert out.error is not None, f"the attack was not stopped\n{out.describe()}"
        names = ", ".join(e.__name__ for e in expect)
        assert isinstance(out.error, expect), (
            f"expected the attack to end with {names}, got {type(out.error).__name__}\n"
            f"{out.describe()}")

    def _texts(self, out: Outcome | ExecOutcome) -> dict[str, str]:
        if isinstance(out, Outcome):
            return {"stdout": out.stdout, "stderr": getattr(out.raw, "stderr", "") or "",
                    "error": out.evalue, "traceback": out.traceback}
        return {"stdout": out.stdout, "error": out.error or ""}

    def assert_safe(self, out: Outcome | ExecOutcome, *, check_host_paths: bool = True) -> None:
        """The host is untouched after ``out``; a failure names what leaked."""
        self.checked = True
        problems: list[str] = []
        if self.marker_path.exists():
            problems.append(f"the marker file {self.marker_path} was created")
        if self.secret_path.read_text() != self.secret_text:
            problems.append("the secret file was modified")
        for where, text in self._texts(out).items():
            if self.secret_text in text:
                problems.append(f"the secret file's text appears in {where}")
            if self.env_secret in text:
                problems.append(f"the host environment secret appears in {where}")
            if check_host_paths:
                for d in HOST_DIRS:
                    if d in text:
                        problems.append(f"a host path ({d}) appears in {where}")
        problems += [f"host audit event: {e}" for e in out.events]
        secrets = (self.secret_text, self.env_secret)
        if isinstance(out, Outcome):
            if out.has_value:
                problems += find_escapes(out.value, secrets=secrets)
        else:
            problems += find_escapes(out.res.result, secrets=secrets)
            problems += [p.replace("value", "local_variables", 1)
                         for p in find_escapes(out.res.local_variables, secrets=secrets)]
        problems += self.snapshot.differences()
        assert not problems, "the host was touched:\n  " + "\n  ".join(problems) + \
            "\n" + out.describe()

    def assert_alive(self, session: Any, *, keep: dict[str, Any] | None = None,
                     bound: float = 10.0) -> None:
        """The session still works after a limit: new cells run, old variables are kept."""
        t0 = time.monotonic()
        r1 = self.run("x = 1", session=session, name="Cell In[98]")
        assert r1.error is None, f"the session is broken after the limit\n{r1.describe()}"
        r2 = self.run("x + 1", session=session, name="Cell In[99]")
        assert r2.error is None and r2.value == 2, f"the session is broken\n{r2.describe()}"
        for name, value in (keep or {}).items():
            r = self.run(name, session=session, name="Cell In[100]")
            assert r.error is None and r.value == value, (
                f"variable {name} was lost after the limit\n{r.describe()}")
        assert time.monotonic() - t0 < bound, "the session became slow after the limit"

    def close(self) -> None:
        for s in self.sessions:
            closer = getattr(s, "close", None)
            if callable(closer):
                try:
                    closer()
                except Exception:  # pragma: no cover
                    pass
        self.sessions.clear()


# ---------------------------------------------------------------------------
# Detectors for what happens after a cell has returned


def host_threads() -> set[int]:
    """Idents of the host's live threads (to find threads a session left behind)."""
    return {t.ident for t in threading.enumerate() if t.ident is not None}


def wait_for_threads(before: set[int], timeout: float = 5.0) -> set[int]:
    """Threads started since ``before`` that are still alive after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        extra = host_threads() - before
        if not extra or time.monotonic() > deadline:
            return extra
        time.sleep(0.05)


@dataclass
class AfterReturn:
    """What the host paid once the cell had returned: CPU seconds and stderr text."""

    cpu: float
    stderr: str
    errors: list[str]


def after_return(outcome: Outcome, *, capfd: Any = None, collect: int = 3) -> AfterReturn:
    """Run what the host runs after a cell -- the collector, ``repr``/``str``/``hash`` of
    the value -- and measure the CPU it costs and what reaches the host's stderr."""
    errors: list[str] = []
    if capfd is not None:
        capfd.readouterr()
    t0 = time.process_time()
    for _ in range(collect):
        gc.collect()
    if outcome.has_value:
        for fn in (repr, str, hash, bool):
            try:
                fn(outcome.value)
            except BaseException as exc:  # noqa: BLE001 - a limit error is a fine answer
                errors.append(f"{fn.__name__}: {type(exc).__name__}")
    cpu = time.process_time() - t0
    # What the collections cost without any sandbox garbage (a big heap after thousands
    # of tests makes a full collection slow) is not the sandbox's: measured and removed.
    t1 = time.process_time()
    for _ in range(collect):
        gc.collect()
    cpu = max(0.0, cpu - (time.process_time() - t1))
    err = capfd.readouterr().err if capfd is not None else ""
    return AfterReturn(cpu, err, errors)
