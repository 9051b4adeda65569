"""Reading cell source on the host: completeness, magics, a trailing ``;``.

Only parsing happens here (``codeop``/``tokenize``); no cell code runs.
"""

from __future__ import annotations

import ast
import codeop
import io
import re
import tokenize

HELP_QUERY = re.compile(r"^\?{0,2}(?P<name>[A-Za-z_][\w.]*)\?{0,2}$")
"""A cell that is only IPython's help syntax: ``len?``, ``?len``, ``math.sqrt??``."""


def magic_line(code: str) -> tuple[int, str] | None:
    """(line, kind) of an IPython-only line: ``magic`` (``%``, ``%%``), ``shell`` (``!``)
    or ``help`` (``obj?``).  Only lines Python itself rejects count, so a ``%`` that
    continues an expression or sits inside a string is ordinary Python."""
    try:
        compile(code, "<cell>", "exec", ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
                dont_inherit=True)
        return None
    except (SyntaxError, ValueError, OverflowError) as e:
        lineno = getattr(e, "lineno", None)
    lines = code.splitlines()
    if not lineno or not 0 < lineno <= len(lines):
        return None
    stripped = lines[lineno - 1].strip()
    if stripped.startswith("%"):
        return lineno, "magic"
    if stripped.startswith("!"):
        return lineno, "shell"
    if stripped.startswith("?") or stripped.endswith("?"):
        return lineno, "help"
    return None


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
    """('complete' | 'incomplete' | 'invalid', indent) as ``is_complete_request`` wants."""
    compiler = codeop.CommandCompiler()
    compiler.compiler.flags |= ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    lines = code.splitlines()
    last = lines[-1] if lines else ""
    indent = last[: len(last) - len(last.lstrip())]
    try:
        result = compiler(code, "<cell>", "exec")
    except (SyntaxError, OverflowError, ValueError):
        return "invalid", ""
    if result is None:
        if last.rstrip().endswith(":"):
            indent += "    "
        return "incomplete", indent
    if indent and not code.endswith("\n"):
        return "incomplete", indent  # still inside a block: the user may continue it
    return "complete", ""
