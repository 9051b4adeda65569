"""Reading cell source on the host: IPython syntax, completeness, a trailing ``;``.

IPython's own input transformer (``IPython.core.inputtransformer2``) turns magics,
``!cmd`` and ``obj?`` into plain Python calling ``get_ipython()`` -- as text only:
nothing here evaluates the cell or runs an IPython shell.  The Python it gives runs
in the sandbox, where ``get_ipython()`` is the session's own (``interpreter.magics``).
"""

from __future__ import annotations

import io
import re
import tokenize

from IPython.core import inputtransformer2 as ipt2

#: cell magics whose body is Python, transformed too (IPython does it when they run)
PYTHON_CELL_MAGICS = ("time", "timeit")


def _cell_magic(lines: list[str]) -> list[str]:
    """IPython's ``cell_magic`` transform, with the body of ``%%time``/``%%timeit``
    transformed as well (IPython transforms it at run time, in the magic)."""
    if not lines or not lines[0].startswith("%%"):
        return lines
    if re.match(r"%%\w+\?", lines[0]):
        return lines  # help, handled by help_end
    magic_name, _, first_line = lines[0][2:].rstrip().partition(" ")
    body = "".join(lines[1:])
    if magic_name in PYTHON_CELL_MAGICS:
        body = transform(body)
    return [f"get_ipython().run_cell_magic({magic_name!r}, {first_line!r}, {body!r})\n"]


def _manager() -> ipt2.TransformerManager:
    manager = ipt2.TransformerManager()
    manager.line_transforms = [_cell_magic if t is ipt2.cell_magic else t
                               for t in manager.line_transforms]
    return manager


_MANAGER = _manager()


def transform(code: str) -> str:
    """The cell as plain Python: IPython's transforms, which keep each line where it
    was (the leading blank lines IPython drops are put back, so tracebacks point at
    the right line).  A cell without IPython syntax comes back unchanged."""
    try:
        out = _MANAGER.transform_cell(code)
    except Exception:  # noqa: BLE001 - text IPython cannot read: the sandbox reports it
        return code
    if out.rstrip("\n") == code.rstrip("\n"):
        return code
    lines = code.splitlines(keepends=True)
    lead = next((i for i, line in enumerate(lines) if line and not line.isspace()), 0)
    if lead and not out.startswith("\n" * lead):
        out = "\n" * lead + out
    return out


def ends_with_semicolon(code: str) -> bool:
    """Whether the last token of the cell is ``;`` (IPython: hide the result)."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return False
    for tok in reversed(tokens):
        if tok.type in (tokenize.ENDMARKER, tokenize.NEWLINE, tokenize.NL, tokenize.COMMENT,
                        tokenize.DEDENT, tokenize.INDENT):
            continue
        return tok.type == tokenize.OP and tok.string == ";"
    return False


def is_complete(code: str) -> tuple[str, str]:
    """('complete' | 'incomplete' | 'invalid', indent) as ``is_complete_request`` wants:
    IPython's ``check_complete``, the answer of the python3 kernel."""
    status, indent_spaces = ipt2.TransformerManager().check_complete(code)
    return status, " " * (indent_spaces or 0)
