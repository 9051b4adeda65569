"""``IPython.display`` inside the sandbox, and the builtin ``display``.

The display classes (``HTML``, ``Markdown``, ``Image``...) are sandbox-side source
(``sandboxed/IPython_display.py``), so their ``_repr_*_`` methods and user subclasses run
under the guard.  ``display``, ``update_display`` and ``clear_output`` are host functions
that build MIME bundles inside the sandbox (``richrepr.bundle``) and send them out as
plain JSON data through the session's ``Output``.

``Javascript`` is refused, and so is any ``application/javascript`` data: JavaScript in an
output runs in the user's browser with the notebook's privileges (see SECURITY.md).
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from ..errors import SecurityError
from ..output import is_script_mime
from ..richrepr import bundle
from ..security.firewall import sandbox_api
from .loader import own_source, run_module

if TYPE_CHECKING:
    from . import Stdlib


def _plain(value: Any, what: str) -> Any:
    """JSON data only: nothing of the sandbox's objects leaves through a display."""
    try:
        return json.loads(json.dumps(value))
    except (TypeError, ValueError) as e:
        raise TypeError(f"display {what} must be JSON data: {e}") from None


def _merge(d1: Any, d2: Any) -> Any:
    """IPython's metadata merge (``display(..., metadata=...)``)."""
    if type(d1) is not dict or type(d2) is not dict:
        return d2
    for key, value in d2.items():
        d1[key] = _merge(d1.get(key), value)
    return d1


class Display:
    """The session's display functions (the same objects in builtins and IPython.display)."""

    def __init__(self, lib: Stdlib) -> None:
        self.lib = lib
        lib_ = lib

        def display(*objs: Any, include: Any = None, exclude: Any = None, metadata: Any = None,
                    transient: Any = None, display_id: Any = None, raw: bool = False,
                    clear: bool = False, **kwargs: Any) -> Any:
            """Display a Python object in all frontends (as ``IPython.display.display``).

            Each object is shown with its richest representations (``_repr_html_``,
            ``_repr_png_``...); ``raw=True`` takes MIME-keyed dicts of data as they are.
            With ``display_id`` (``True`` for a new one) it returns a ``DisplayHandle``
            whose ``update(obj)`` replaces this output."""
            return lib_.call(self._display, objs, include, exclude, metadata, transient,
                             display_id, raw, clear, kwargs)

        def update_display(obj: Any, *, display_id: Any, **kwargs: Any) -> None:
            """Update an existing display by id."""
            kwargs["update"] = True
            display(obj, display_id=display_id, **kwargs)

        def clear_output(wait: bool = False) -> None:
            """Clear the output of the current cell (``wait=True``: when new output comes)."""
            lib_.output.clear_output(bool(wait))

        for fn in (display, update_display, clear_output):
            fn.__module__ = "IPython.core.display_functions"
            fn.__qualname__ = fn.__name__
            sandbox_api(fn)
        self.display = display
        self.update_display = update_display
        self.clear_output = clear_output

    def _display(self, objs: tuple[Any, ...], include: Any, exclude: Any, metadata: Any,
                 transient: Any, display_id: Any, raw: bool, clear: bool,
                 kwargs: dict[str, Any]) -> Any:
        update = bool(kwargs.pop("update", False))
        kwargs.pop("source", None)  # accepted and ignored, as IPython's publisher does
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError(f"publish() got an unexpected keyword argument '{name}'")
        transient = {} if transient is None else _plain(transient, "transient data")
        if type(transient) is not dict:
            raise TypeError("transient must be a dict")
        metadata = {} if metadata is None else metadata
        if display_id:
            if display_id is True:
                display_id = uuid.uuid4().hex
            if type(display_id) is not str:
                display_id = str(display_id)
            transient["display_id"] = display_id
        if update and "display_id" not in transient:
            raise TypeError("display_id required for update_display")
        if not objs and display_id:
            objs, raw = ({},), True
        if clear:
            self.lib.output.clear_output(True)
        for obj in objs:
            if raw:
                data, md = obj, metadata
            else:
                data, md = bundle(obj)
                data = _select(data, include, exclude)
                if not data:
                    continue
                if metadata:
                    md = _merge(md, _plain(metadata, "metadata"))
            self.publish(data, md, transient, update)
        if display_id:
            return self.handle_class()(display_id)
        return None

    def publish(self, data: Any, metadata: Any, transient: dict[str, Any],
                update: bool) -> None:
        if not isinstance(data, dict):
            raise TypeError(f"display data must be a dict of MIME types, not "
                            f"{type(data).__name__}")
        data = _plain(data, "data")
        metadata = _plain(metadata or {}, "metadata")
        if type(metadata) is not dict:
            raise TypeError("display metadata must be a dict")
        for mime in data:
            if is_script_mime(mime):
                raise SecurityError(
                    f"'{mime}' output is not allowed in the sandbox: JavaScript runs in the "
                    "user's browser with the notebook's privileges")
        display_id = transient.get("display_id")
        self.lib.output.display(data, metadata, display_id=display_id, update=update)

    def handle_class(self) -> Any:
        return self.lib.module("IPython.display").DisplayHandle


def _select(data: dict[str, Any], include: Any, exclude: Any) -> dict[str, Any]:
    if include:
        data = {k: v for k, v in data.items() if k in include}
    if exclude:
        data = {k: v for k, v in data.items() if k not in exclude}
    return data


def highlight(code: Any, language: Any, fmt: str) -> str | None:
    """Pygments highlighting for ``IPython.display.Code`` (None if pygments is missing)."""
    if type(code) is not str or (language is not None and type(language) is not str):
        return None
    try:
        from pygments import highlight as pyg_highlight
        from pygments.formatters import HtmlFormatter, LatexFormatter
        from pygments.lexers import get_lexer_by_name, guess_lexer
        from pygments.util import ClassNotFound
    except ImportError:
        return None
    try:
        lexer = get_lexer_by_name(language) if language else guess_lexer(code)
    except ClassNotFound as e:
        raise ValueError(str(e)) from None
    if fmt == "latex":
        return pyg_highlight(code, lexer, LatexFormatter())
    formatter = HtmlFormatter()
    style = "<style>{}</style>".format(formatter.get_style_defs(".output_html"))
    return style + pyg_highlight(code, lexer, formatter)


def _new_id() -> str:
    return uuid.uuid4().hex


def display_functions(lib: Stdlib) -> Display:
    return lib.part("display", lambda: Display(lib))


def build(lib: Stdlib) -> dict[str, Any]:
    d = display_functions(lib)
    inject = {"_host_display": d.display, "_host_update_display": d.update_display,
              "_host_clear_output": d.clear_output, "_host_highlight": highlight,
              "_host_new_id": _new_id}
    return run_module(lib, "IPython.display", own_source("IPython.display"), inject=inject,
                      module_name="IPython.core.display")


def build_ipython(lib: Stdlib) -> dict[str, Any]:
    """``import IPython``: only ``IPython.display`` (the importer adds it as a submodule)."""
    return {}
