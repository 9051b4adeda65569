"""MIME bundles for sandbox values, from their ``_repr_*_`` methods.

Every method is looked up through the attribute guard and called through the
session, so a user's ``__repr__`` or ``_repr_html_`` runs under the limits.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from interpreter import Session
from interpreter.security import guarded_getattr

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


def _encode(mime: str, value: Any) -> Any:
    if mime in _BINARY and isinstance(value, bytes | bytearray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if mime == "application/json":
        json.dumps(value)  # must be JSON-able
        return value
    return value if isinstance(value, str) else str(value)


def mime_bundle(session: Session, value: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """(data, metadata) for ``execute_result`` / ``display_data``."""
    data: dict[str, Any] = {"text/plain": session.call(repr, value)}
    metadata: dict[str, Any] = {}
    if isinstance(value, type):
        return data, metadata
    for method_name, mime in _REPR_METHODS:
        method = session.call(guarded_getattr, value, method_name, None)
        if not callable(method):
            continue
        try:
            result = session.call(method)
        except Exception:  # a broken _repr_ must not hide the plain repr
            continue
        if isinstance(result, tuple) and len(result) == 2:
            result, meta = result
            metadata[mime] = meta
        if result is not None:
            try:
                data[mime] = _encode(mime, result)
            except (TypeError, ValueError):
                continue
    bundle_method = session.call(guarded_getattr, value, "_repr_mimebundle_", None)
    if callable(bundle_method):
        try:
            result = session.call(bundle_method, include=None, exclude=None)
        except Exception:
            result = None
        if isinstance(result, tuple) and len(result) == 2:
            result, meta = result
            if isinstance(meta, dict):
                metadata.update(meta)
        if isinstance(result, dict):
            for mime, payload in result.items():
                if isinstance(mime, str):
                    data[mime] = _encode(mime, payload)
    return data, metadata
