"""Reading cell source on the host: completeness, magics, a trailing ``;``.

Only parsing happens here (``codeop``/``tokenize``); no cell code runs.
"""

from __future__ import annotations

import ast
import codeop
import io
import tokenize


def magic_line(code: str) -> int | None:
    """The 1-based line of the first IPython magic (``%``, ``%%``) or shell escape (``!``)."""
    for number, line in enumerate(code.splitlines(), 1):
        stripped = line.lstrip()
        if stripped.startswith(("%", "!")):
            return number
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
