"""MIME bundles for sandbox values, from their ``_repr_*_`` methods (as IPython builds them).

Building a bundle runs user code in many places: ``__repr__``, the ``_repr_*_``
methods, ``__getattr__`` when looking them up, ``__str__`` of what they return,
``items()`` of a returned dict subclass.  So the whole bundle is built inside the
sandbox, under its limits (``Session.mime_bundle``), with every method looked up
through the attribute guard; type tests use ``type()``, never ``__class__``.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from .output import is_script_mime
from .security.guard import guarded_getattr

_REPR_METHODS = (
    ("_repr_html_", "text/html"),
    ("_repr_markdown_", "text/markdown"),
    ("_repr_latex_", "text/latex"),
    ("_repr_svg_", "image/svg+xml"),
    ("_repr_png_", "image/png"),
    ("_repr_jpeg_", "image/jpeg"),
    ("_repr_json_", "application/json"),
)
_BINARY = {"image/png", "image/jpeg"}


def _is(value: Any, *kinds: type) -> bool:
    return issubclass(type(value), kinds)


def _encode(mime: str, value: Any) -> Any:
    if mime in _BINARY and _is(value, bytes, bytearray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if mime == "application/json" or mime.endswith("+json"):
        return json.loads(json.dumps(value))  # plain JSON data, nothing of the sandbox's
    return value if type(value) is str else str(value)


def _split(result: Any) -> tuple[Any, Any]:
    """``(data, metadata)`` tuples, as IPython lets ``_repr_*_`` methods return."""
    if type(result) is tuple and len(result) == 2:
        return result
    return result, None


def bundle(value: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """(data, metadata) for ``execute_result`` / ``display_data``; runs user code."""
    data: dict[str, Any] = {"text/plain": repr(value)}
    metadata: dict[str, Any] = {}
    if _is(value, type):  # a class: its _repr_*_ are unbound functions
        return data, metadata
    for method_name, mime in _REPR_METHODS:
        method = guarded_getattr(value, method_name, None)
        if not callable(method):
            continue
        try:
            result, meta = _split(method())
            if result is not None:
                data[mime] = _encode(mime, result)
                if meta is not None:
                    metadata[mime] = json.loads(json.dumps(meta))
        except Exception:  # noqa: BLE001 - a broken _repr_ must not hide the plain repr
            continue
    bundle_method = guarded_getattr(value, "_repr_mimebundle_", None)
    if callable(bundle_method):
        try:
            result, meta = _split(bundle_method(include=None, exclude=None))
            extra_data = {mime: _encode(mime, payload) for mime, payload in
                          (result.items() if _is(result, dict) else ())
                          if type(mime) is str and not is_script_mime(mime)}
            extra_meta = json.loads(json.dumps(meta)) if _is(meta, dict) else {}
        except Exception:  # noqa: BLE001
            extra_data, extra_meta = {}, {}
        data.update(extra_data)
        metadata.update(extra_meta)
    return data, metadata
