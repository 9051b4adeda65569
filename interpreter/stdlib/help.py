"""The builtin ``help(obj)``: pydoc's text, printed through the sandbox's stdout.

pydoc renders sandbox and allowed objects as it would in CPython (signatures,
docstrings, class layout), so it runs exactly the user code pydoc runs (``__doc__``
properties, descriptors of user classes) inside the cell's execution.  What pydoc
would do besides (page, import modules named by strings, list files, show host file
paths) is not done: strings are looked up in the sandbox's own names, modules are the
sandbox's proxies with only their offered names, and host paths are cut out.
"""

from __future__ import annotations

import contextvars
import inspect
import keyword
import os
import pydoc
import site
import sys
import sysconfig
import types
from typing import TYPE_CHECKING, Any

from ..errors import SecurityError
from ..security.firewall import sandbox_api
from ..security.guard import guarded_getattr

if TYPE_CHECKING:
    from . import Stdlib

#: While help() renders: module name -> the sandbox's namespace of that module.
_MODULES: contextvars.ContextVar[Any] = contextvars.ContextVar("pythonbox_help_modules",
                                                                default=None)
_HOST_FINDCLASS = pydoc._findclass  # type: ignore[attr-defined]


def _findclass(func: Any) -> Any:
    """pydoc's ``_findclass`` (the class a method is defined in, for inherited docs),
    which looks in ``sys.modules``: the session's modules (``__main__`` is its
    namespace) while help() renders sandbox objects, the host's otherwise."""
    lookup = _MODULES.get()
    namespace = None if lookup is None else lookup(getattr(func, "__module__", None))
    if namespace is None:
        return _HOST_FINDCLASS(func)
    parts = func.__qualname__.split(".")[:-1]
    if not parts or parts[0] not in namespace:
        return None
    cls = namespace[parts[0]]
    for name in parts[1:]:
        cls = getattr(cls, name, None)
    return cls if isinstance(cls, type) else None


_NOT_FOUND = ("No Python documentation found for {!r}.\n"
              "Use help() to get the interactive help utility.\n"
              "Use help(str) for help on the str class.")


def _host_dirs() -> list[str]:
    dirs = {sys.prefix, sys.base_prefix, sys.exec_prefix, os.path.dirname(os.__file__),
            os.path.dirname(os.path.dirname(os.path.abspath(__file__)))}
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        try:
            dirs.add(sysconfig.get_paths()[key])
        except KeyError:  # pragma: no cover
            pass
    try:
        dirs.update(site.getsitepackages())
        dirs.add(site.getusersitepackages())
    except Exception:  # pragma: no cover - some virtualenvs lack these
        pass
    return sorted((d for d in dirs if d and len(d) > 1), key=len, reverse=True)


def _scrub(text: str, dirs: list[str]) -> str:
    for d in dirs:
        text = text.replace(d, "...")
    return text


def make_help(lib: Stdlib) -> Any:
    dirs = _host_dirs()

    def help(*args: Any) -> None:  # noqa: A001 - it is the builtin
        """Show the documentation of an object (``help(len)``, ``help(MyClass)``,
        ``help(math)``) or of a keyword or topic given as a string (``help('for')``)."""
        if not args:
            raise SecurityError("help() without an argument starts the interactive help, "
                                "which the sandbox does not offer: use help(object)")
        if len(args) > 1:
            raise TypeError(f"help() takes at most 1 argument ({len(args)} given)")
        if pydoc._findclass is not _findclass:  # type: ignore[attr-defined]
            pydoc._findclass = _findclass  # type: ignore[attr-defined]
        text = lib.call(_render_in_session, lib, args[0])
        lib.streams.write_stdout(_scrub(text, dirs) + "\n")

    help.__module__ = "builtins"
    return sandbox_api(help)


def _render_in_session(lib: Stdlib, request: Any) -> str:
    def lookup(name: Any) -> dict[str, Any] | None:
        if name == "__main__":
            return lib.namespace
        proxy = lib.importer.cache.get(name) if isinstance(name, str) else None
        return None if proxy is None else proxy.__pbx_namespace__()

    token = _MODULES.set(lookup)
    try:
        return _render(lib, request)
    finally:
        _MODULES.reset(token)


def _render(lib: Stdlib, request: Any) -> str:
    from ..security.modules import ModuleProxy

    if isinstance(request, str):
        text = request.strip()
        topic = _topic(text)
        if topic is not None:
            return topic
        if text in ("True", "False", "None"):
            request = {"True": True, "False": False, "None": None}[text]
        else:
            found = _lookup(lib, text)
            if found is _MISSING:
                return _NOT_FOUND.format(text) + "\n"
            request = found
    if isinstance(request, ModuleProxy):
        return _module_doc(request)
    return _render_doc(lib, request)


def _render_doc(lib: Stdlib, thing: Any) -> str:
    """``pydoc.render_doc(thing, 'Help on %s:')``, naming the sandbox's modules."""
    name = getattr(thing, "__name__", None)
    name = name if isinstance(name, str) else None
    desc = pydoc.describe(thing)
    module = inspect.getmodule(thing)
    module_name = getattr(module, "__name__", None) if module is not None else None
    if module is None:
        own = getattr(thing, "__module__", None)
        if own == "__main__" or (isinstance(own, str) and own in lib.importer.cache):
            module_name = own
    if name and "." in name:
        desc += " in " + name[:name.rfind(".")]
    elif module_name and module is not thing:
        desc += " in module " + module_name
    if not (inspect.ismodule(thing) or inspect.isclass(thing) or inspect.isroutine(thing)
            or inspect.isdatadescriptor(thing) or pydoc._getdoc(thing)):  # type: ignore[attr-defined]
        if hasattr(thing, "__origin__"):
            thing = thing.__origin__
        else:
            thing = type(thing)
            desc += " object"
    return f"Help on {desc}:\n\n" + pydoc.plaintext.document(thing, name)


_MISSING = object()


def _lookup(lib: Stdlib, dotted: str) -> Any:
    """``help('math.sqrt')``: names of the session, its builtins and allowed modules."""
    parts = dotted.split(".")
    if not all(p.isidentifier() for p in parts):
        return _MISSING
    head = parts[0]
    if head in lib.namespace:
        obj = lib.namespace[head]
    elif head in lib.builtins:
        obj = lib.builtins[head]
    else:
        obj = _MISSING
        for i in range(len(parts), 0, -1):
            name = ".".join(parts[:i])
            if lib.importer.allowed(name):
                try:
                    obj = lib.importer(name)
                except ImportError:
                    continue
                parts = [name] + parts[i:]
                break
        if obj is _MISSING:
            return _MISSING
    for attr in parts[1:]:
        try:
            obj = guarded_getattr(obj, attr)
        except AttributeError:
            return _MISSING
    return obj


def _topic(text: str) -> str | None:
    """Keywords, symbols and topics, from pydoc's own topic texts."""
    helper = pydoc.Helper
    target = None
    xrefs_more = ""
    if text in helper.symbols:
        topic, _, xrefs_more = helper.symbols[text].partition(" ")
        target = helper.topics.get(topic, helper.keywords.get(topic))
    elif keyword.iskeyword(text) and text not in ("True", "False", "None") or \
            text in helper.topics:
        target = helper.topics.get(text, helper.keywords.get(text))
    else:
        return None
    while isinstance(target, str):
        target = helper.topics.get(target, helper.keywords.get(target))
    if not target:
        return f"no documentation found for {text!r}\n"
    try:
        import pydoc_data.topics
    except ImportError:  # pragma: no cover
        return "Sorry, topic and keyword documentation is not available.\n"
    label, xrefs = target
    doc = pydoc_data.topics.topics.get(label)
    if doc is None:
        return f"no documentation found for {text!r}\n"
    doc = doc.strip() + "\n"
    if xrefs_more:
        xrefs = (xrefs or "") + " " + xrefs_more
    if xrefs:
        import textwrap

        line = "Related help topics: " + ", ".join(xrefs.split()) + "\n"
        doc += "\n{}\n".format("\n".join(textwrap.wrap(line, 72)))
    return doc


def _module_doc(proxy: Any) -> str:
    """pydoc's module page for a sandbox module: only the names the sandbox offers."""
    name = proxy.__name__
    values = proxy.__pbx_namespace__()
    fake = types.ModuleType(name)
    doc = values.pop("__doc__", None)
    if doc is None:
        doc = _real_doc(name)
    fake.__doc__ = doc
    for key, value in values.items():
        if type(value).__name__ == "ModuleProxy":
            continue
        setattr(fake, key, value)
    # __all__ makes pydoc list the offered names whatever module really defines them
    fake.__all__ = [k for k in values if not k.startswith("_")]  # type: ignore[attr-defined]
    text = pydoc.plaintext.docmodule(fake)
    if not hasattr(sys.modules.get(name), "__all__"):
        text = _drop_data_entry(text, "__all__")
    # pydoc says where the module's file is; a sandbox module has none to show.
    text = text.replace("\nFILE\n    (built-in)\n", "\n").rstrip("\n") + "\n\n"
    return f"Help on module {name}:\n\n{text}"


def _drop_data_entry(text: str, key: str) -> str:
    lines = text.split("\n")
    out = [line for line in lines if not line.startswith(f"    {key} = ")]
    joined = "\n".join(out)
    return joined.replace("\nDATA\n\n", "\n").replace("\nDATA\n", "\n") if \
        "\nDATA\n    " not in joined else joined


def _real_doc(name: str) -> str | None:
    module = sys.modules.get(name)
    return getattr(module, "__doc__", None) if module is not None else None
