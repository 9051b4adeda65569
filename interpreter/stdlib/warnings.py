"""The sandbox's ``warnings``: per-session filters, shown on the sandbox's stderr.

It follows CPython's ``warnings.py`` (filters, registries, actions, ``catch_warnings``),
but its state belongs to one session: ``simplefilter`` in a cell never changes the
host's filters or another session's, and warnings are written through the session's
stderr.  The location of a warning is the sandbox frame ``stacklevel`` names, so a
warning is shown once per location by default, as IPython shows it.  A cell's location
reads ``Cell In[3], line 2: UserWarning: ...``, other files ``name:2: UserWarning: ...``.

``SessionWarnings.host_warning`` takes a warning raised by host code on the sandbox's
behalf (a ``DeprecationWarning`` of an allowed module) through the same filters.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..security.firewall import sandbox_api
from .where import module_of, sandbox_stack

if TYPE_CHECKING:
    from . import Stdlib

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _default_filters() -> list[tuple[Any, ...]]:
    """CPython's filters when no -W option is given (DeprecationWarning shows in __main__)."""
    return [("default", None, DeprecationWarning, "__main__", 0),
            ("ignore", None, DeprecationWarning, None, 0),
            ("ignore", None, PendingDeprecationWarning, None, 0),
            ("ignore", None, ImportWarning, None, 0),
            ("ignore", None, ResourceWarning, None, 0)]


def _matches(pattern: Any, text: str) -> bool:
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def format_warning(message: Any, category: Any, filename: str, lineno: int,
                   line: str | None) -> str:
    name = getattr(category, "__name__", str(category))
    where = (f"{filename}, line {lineno}" if str(filename).startswith("Cell In[")
             else f"{filename}:{lineno}")
    s = f"{where}: {name}: {message}\n"
    if line:
        s += f"  {line.strip()}\n"
    return s


@sandbox_api
class WarningMessage:
    """Holds the result of a single showwarning() call."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line",
                        "source")

    def __init__(self, message: Any, category: Any, filename: Any, lineno: Any,
                 file: Any = None, line: Any = None, source: Any = None) -> None:
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self) -> str:
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, filename : {self.filename!r}, lineno : {self.lineno}, "
                f"line : {self.line!r}}}")


WarningMessage.__module__ = "warnings"


class SessionWarnings:
    """The filters, registries and display of one session's warnings."""

    def __init__(self, lib: Stdlib) -> None:
        self.lib = lib
        self.filters: list[tuple[Any, ...]] = _default_filters()
        self.onceregistry: dict[Any, Any] = {}
        self.registries: dict[str, dict[Any, Any]] = {}
        self.version = 1
        self.recorders: list[list[WarningMessage] | None] = []

    def mutated(self) -> None:
        self.version += 1

    # -- the module's functions -------------------------------------------------
    def filterwarnings(self, action: str, message: str = "", category: Any = Warning,
                       module: str = "", lineno: int = 0, append: bool = False) -> None:
        if action not in _ACTIONS:
            raise AssertionError(f"invalid action: {action!r}")
        if not isinstance(message, str):
            raise AssertionError("message must be a string")
        if not (isinstance(category, type) and issubclass(category, Warning)):
            raise AssertionError("category must be a Warning subclass")
        if not isinstance(module, str):
            raise AssertionError("module must be a string")
        if not (isinstance(lineno, int) and lineno >= 0):
            raise AssertionError("lineno must be an int >= 0")
        msg = re.compile(message, re.I) if message else None
        mod = re.compile(module) if module else None
        self._add(action, msg, category, mod, int(lineno), append)

    def simplefilter(self, action: str, category: Any = Warning, lineno: int = 0,
                     append: bool = False) -> None:
        if action not in _ACTIONS:
            raise AssertionError(f"invalid action: {action!r}")
        if not (isinstance(lineno, int) and lineno >= 0):
            raise AssertionError("lineno must be an int >= 0")
        self._add(action, None, category, None, int(lineno), append)

    def _add(self, *item: Any) -> None:
        append = item[-1]
        entry = tuple(item[:-1])
        if not append:
            try:
                self.filters.remove(entry)
            except ValueError:
                pass
            self.filters.insert(0, entry)
        elif entry not in self.filters:
            self.filters.append(entry)
        self.mutated()

    def resetwarnings(self) -> None:
        self.filters[:] = []
        self.mutated()

    def warn(self, message: Any, category: Any = None, stacklevel: int = 1,
             source: Any = None) -> None:
        if isinstance(message, Warning):
            category = message.__class__
        if category is None:
            category = UserWarning
        if not (isinstance(category, type) and issubclass(category, Warning)):
            raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__:s}'")
        stack = sandbox_stack(limit=max(1, int(stacklevel)))
        if stacklevel >= 1 and len(stack) >= stacklevel:
            pos = stack[stacklevel - 1]
            filename, lineno, module = pos.code.filename, pos.lineno, module_of(pos)
            line = pos.code.line(lineno)
        else:
            filename, lineno, module, line = "sys", 1, "sys", None
        registry = self.registries.setdefault(module, {})
        self._explicit(message, category, filename, lineno, module, registry, source, line)

    def warn_explicit(self, message: Any, category: Any, filename: str, lineno: int,
                      module: str | None = None, registry: Any = None,
                      module_globals: Any = None, source: Any = None) -> None:
        self._explicit(message, category, filename, lineno, module, registry, source, None)

    def _explicit(self, message: Any, category: Any, filename: Any, lineno: Any,
                  module: Any, registry: Any, source: Any, line: str | None) -> None:
        lineno = int(lineno)
        if module is None:
            module = filename or "<unknown>"
            if module[-3:].lower() == ".py":
                module = module[:-3]
        if registry is None:
            registry = {}
        if registry.get("version", 0) != self.version:
            registry.clear()
            registry["version"] = self.version
        if isinstance(message, Warning):
            text = str(message)
            category = message.__class__
        else:
            text = message
            message = category(message)
        key = (text, category, lineno)
        if registry.get(key):
            return
        item: Any = None
        for item in self.filters:
            action, msg, cat, mod, ln = item
            if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                    and (ln == 0 or lineno == ln)):
                break
        else:
            action = "default"
        if action == "ignore":
            return
        if action == "error":
            raise message
        if action == "once":
            registry[key] = 1
            oncekey = (text, category)
            if self.onceregistry.get(oncekey):
                return
            self.onceregistry[oncekey] = 1
        elif action == "always":
            pass
        elif action == "module":
            registry[key] = 1
            altkey = (text, category, 0)
            if registry.get(altkey):
                return
            registry[altkey] = 1
        elif action == "default":
            registry[key] = 1
        else:
            raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {item}")
        self._show(WarningMessage(message, category, filename, lineno, None, line, source))

    def _show(self, msg: WarningMessage) -> None:
        if self.recorders:
            log = self.recorders[-1]
            if log is not None:
                log.append(msg)
                return
        text = format_warning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
        target = msg.file
        if target is None:
            self.lib.streams.write("stderr", text)
        else:
            target.write(text)

    def showwarning(self, message: Any, category: Any, filename: Any, lineno: Any,
                    file: Any = None, line: Any = None) -> None:
        text = format_warning(message, category, filename, lineno, line)
        if file is None:
            self.lib.streams.write("stderr", text)
        else:
            file.write(text)

    def host_warning(self, message: Any, category: Any, filename: str | None = None,
                     lineno: int | None = None) -> None:
        """A warning raised by host code while sandbox code ran, shown at the innermost
        sandbox position (as if that line had called ``warnings.warn``)."""
        stack = sandbox_stack(limit=1)
        if stack:
            pos = stack[0]
            module = module_of(pos)
            self._explicit(message, category, pos.code.filename, pos.lineno, module,
                           self.registries.setdefault(module, {}), None,
                           pos.code.line(pos.lineno))
        else:
            self._explicit(message, category, filename or "<unknown>", lineno or 0,
                           None, None, None, None)


@sandbox_api
class catch_warnings:
    """A context manager that copies and, upon exit, restores the warnings filter and
    the showwarning() function (of this session only)."""

    def __init__(self, *, record: bool = False, module: Any = None, action: Any = None,
                 category: Any = Warning, lineno: int = 0, append: bool = False) -> None:
        from .current import running

        self._state = session_warnings(running())
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)
        if module is not None:
            raise TypeError("catch_warnings(module=...) is not supported in the sandbox")

    def __repr__(self) -> str:
        args = []
        if self._record:
            args.append("record=True")
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def __enter__(self) -> list[WarningMessage] | None:
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        state = self._state
        self._saved = list(state.filters)
        state.mutated()
        if self._filter is not None:
            state.simplefilter(*self._filter)
        log: list[WarningMessage] | None = [] if self._record else None
        state.recorders.append(log)
        self._log = log
        return log

    def __exit__(self, *exc_info: Any) -> None:
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        state = self._state
        state.filters[:] = self._saved
        state.mutated()
        for i in range(len(state.recorders) - 1, -1, -1):
            if state.recorders[i] is self._log:
                del state.recorders[i]
                break


catch_warnings.__module__ = "warnings"


def session_warnings(lib: Stdlib) -> SessionWarnings:
    return lib.part("warnings", lambda: SessionWarnings(lib))


def build(lib: Stdlib) -> dict[str, Any]:
    state = session_warnings(lib)

    def warn(message: Any, category: Any = None, stacklevel: int = 1,
             source: Any = None) -> None:
        """Issue a warning, or maybe ignore it or raise an exception."""
        state.warn(message, category, stacklevel, source)

    def warn_explicit(message: Any, category: Any, filename: str, lineno: int,
                      module: str | None = None, registry: Any = None,
                      module_globals: Any = None, source: Any = None) -> None:
        """Low-level interface to warnings functionality."""
        state.warn_explicit(message, category, filename, lineno, module, registry,
                            module_globals, source)

    def filterwarnings(action: str, message: str = "", category: Any = Warning,
                       module: str = "", lineno: int = 0, append: bool = False) -> None:
        """Insert an entry into the list of warnings filters (at the front)."""
        state.filterwarnings(action, message, category, module, lineno, append)

    def simplefilter(action: str, category: Any = Warning, lineno: int = 0,
                     append: bool = False) -> None:
        """Insert a simple entry into the list of warnings filters (at the front)."""
        state.simplefilter(action, category, lineno, append)

    def resetwarnings() -> None:
        """Clear the list of warning filters, so that no filters are active."""
        state.resetwarnings()

    def showwarning(message: Any, category: Any, filename: Any, lineno: Any,
                    file: Any = None, line: Any = None) -> None:
        """Hook to write a warning to a file (the sandbox's stderr by default)."""
        state.showwarning(message, category, filename, lineno, file, line)

    def formatwarning(message: Any, category: Any, filename: Any, lineno: Any,
                      line: Any = None) -> str:
        """Function to format a warning the standard way."""
        return format_warning(message, category, filename, lineno, line)

    values: dict[str, Any] = {
        "warn": warn, "warn_explicit": warn_explicit, "filterwarnings": filterwarnings,
        "simplefilter": simplefilter, "resetwarnings": resetwarnings,
        "showwarning": showwarning, "formatwarning": formatwarning,
        "catch_warnings": catch_warnings, "WarningMessage": WarningMessage,
        "filters": state.filters,
    }
    for fn in values.values():
        if callable(fn) and not isinstance(fn, type):
            fn.__module__ = "warnings"
            sandbox_api(fn)
    return values
