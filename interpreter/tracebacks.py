"""Sandbox tracebacks: where an exception passed, rendered like CPython 3.11.

Compiled closures record (frame, position) on the exception as it propagates
(``annotate``); the host traceback with interpreter frames is never shown.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from .errors import display_name

TB_ATTR = "__pbx_tb__"


@dataclass(eq=False)
class CodeInfo:
    """One unit of sandbox source: a cell, a file or a string."""

    filename: str
    lines: list[str]
    #: Source the sandbox runs on its own behalf (``interpreter/stdlib``): like the C code
    #: of a builtin, its frames are left out of tracebacks.
    hidden: bool = False

    def line(self, n: int) -> str:
        return self.lines[n - 1] if 0 < n <= len(self.lines) else ""


@dataclass(frozen=True, eq=False)
class Pos:
    """A source range, the function it is in, and caret anchors (binop, subscript)."""

    code: CodeInfo
    func: str
    lineno: int
    col: int
    end_lineno: int
    end_col: int
    anchor: tuple[int, int] | None = None  # columns of the '^' part


def pos_of(code: CodeInfo, func: str, node: ast.AST) -> Pos:
    lineno = getattr(node, "lineno", 1)
    end = getattr(node, "end_lineno", None) or lineno
    col = getattr(node, "col_offset", 0)
    end_col = getattr(node, "end_col_offset", None)
    if end_col is None:
        end_col = col
    return Pos(code, func, lineno, col, end, end_col, _anchor(code, node))


def _anchor(code: CodeInfo, node: ast.AST) -> tuple[int, int] | None:
    if isinstance(node, ast.BinOp) and node.left.end_lineno == node.lineno:
        line = code.line(node.lineno).encode()
        i = node.left.end_col_offset or 0
        stop = node.right.col_offset if node.right.lineno == node.lineno else len(line)
        while i < stop and line[i:i + 1] in (b" ", b")", b"\t"):
            i += 1
        j = i
        while j < stop and line[j:j + 1] not in (b" ", b"(", b"\t") and j < i + 3:
            j += 1
        return (i, max(j, i + 1))
    if isinstance(node, ast.Subscript) and node.value.end_lineno == node.lineno:
        return (node.value.end_col_offset or 0, node.end_col_offset or 0)
    return None


def annotate(exc: BaseException, frame: object, pos: Pos) -> None:
    """Record that ``exc`` passed ``pos`` in ``frame`` (innermost position wins)."""
    try:
        tb = exc.__dict__.get(TB_ATTR)
    except AttributeError:  # pragma: no cover - every exception has a __dict__
        return
    if tb is None:
        exc.__dict__[TB_ATTR] = [(frame, pos)]
    elif tb[-1][0] is not frame:
        tb.append((frame, pos))


def entries(exc: BaseException) -> list[Pos]:
    """Positions from the outermost frame to the innermost."""
    tb = getattr(exc, "__dict__", {}).get(TB_ATTR) or []
    return [p for _, p in reversed(tb) if not p.code.hidden]


def innermost(exc: BaseException) -> Pos | None:
    shown = entries(exc)
    return shown[-1] if shown else None


# ---------------------------------------------------------------------------
# Rendering

_RED, _GREEN, _CYAN, _BOLD, _RESET = "\x1b[0;31m", "\x1b[0;32m", "\x1b[0;36m", "\x1b[1m", "\x1b[0m"


class _Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if self.color else text


def _byte_to_char(line: str, col: int) -> int:
    return len(line.encode()[:col].decode("utf-8", "replace"))


def _location(code: CodeInfo, lineno: int, func: str | None, st: _Style) -> str:
    name = code.filename
    where = st(_GREEN, name if name.startswith("Cell In[") else f'File "{name}"')
    text = f"  {where}, line {st(_GREEN, str(lineno))}"
    if func is not None:
        text += f", in {st(_CYAN, func)}"
    return text


def _source_and_carets(pos: Pos, st: _Style) -> list[str]:
    raw = pos.code.line(pos.lineno)
    if not raw.strip():
        return []
    stripped = raw.lstrip()
    indent = len(raw) - len(stripped)
    out = ["    " + stripped.rstrip()]
    start = _byte_to_char(raw, pos.col)
    if pos.end_lineno == pos.lineno:
        end = _byte_to_char(raw, pos.end_col)
    else:
        end = len(raw.rstrip())
    segment = raw[start:end]
    if not segment.strip() or (start <= indent and end >= len(raw.rstrip())):
        return out  # the whole line: no carets, as CPython 3.11
    carets = []
    anchor = pos.anchor
    if anchor is not None and pos.end_lineno == pos.lineno:
        a0, a1 = _byte_to_char(raw, anchor[0]), _byte_to_char(raw, anchor[1])
        for i in range(start, end):
            carets.append("^" if a0 <= i < a1 else "~")
    else:
        carets = ["^"] * (end - start)
    out.append("    " + " " * (start - indent) + st(_RED, "".join(carets)))
    return out


def _exception_only(exc: BaseException, st: _Style) -> list[str]:
    name = display_name(exc)
    lines: list[str] = []
    if isinstance(exc, SyntaxError) and not entries(exc):
        filename = exc.filename or "<string>"
        lineno = exc.lineno or 1
        code = CodeInfo(filename, [exc.text.rstrip("\n")] if exc.text else [])
        lines.append(_location(code, lineno, None, st))
        if exc.text:
            raw = exc.text.rstrip("\n")
            stripped = raw.lstrip()
            indent = len(raw) - len(stripped)
            lines.append("    " + stripped)
            if exc.offset:
                start = max(exc.offset - 1 - indent, 0)
                end_off = getattr(exc, "end_offset", None) or exc.offset + 1
                if getattr(exc, "end_lineno", lineno) != lineno or end_off <= exc.offset:
                    end_off = exc.offset + 1
                lines.append("    " + " " * start + st(_RED, "^" * max(1, end_off - exc.offset)))
        msg = exc.msg
    else:
        msg = _safe_str(exc)
    head = st(_RED + _BOLD if st.color else "", name) if st.color else name
    lines.append(f"{head}: {msg}" if msg else head)
    notes = getattr(exc, "__notes__", None)
    if isinstance(notes, list | tuple):
        lines.extend(str(n) for n in notes)
    return lines


def _safe_str(exc: BaseException) -> str:
    try:
        return str(exc)
    except BaseException:  # a user __str__ that fails, or that a limit stopped
        return "<exception str() failed>"


def _frames(exc: BaseException, st: _Style) -> list[str]:
    out: list[str] = []
    for pos in entries(exc):
        out.append(_location(pos.code, pos.lineno, pos.func, st))
        out.extend(_source_and_carets(pos, st))
    return out


def _render_one(exc: BaseException, st: _Style, prefix: str = "") -> list[str]:
    lines: list[str] = []
    frames = _frames(exc, st)
    if frames:
        lines.append("Traceback (most recent call last):")
        lines.extend(frames)
    lines.extend(_exception_only(exc, st))
    if isinstance(exc, BaseExceptionGroup):
        subs = exc.exceptions
        for i, sub in enumerate(subs, 1):
            first = "+-+" if i == 1 else "  +"
            lines.append(f"{first}---------------- {i} ----------------")
            for sub_line in render(sub, st.color).splitlines():
                lines.append("    | " + sub_line)
        lines.append("    +------------------------------------")
    return [prefix + line for line in lines]


def render(exc: BaseException, color: bool = False) -> str:
    """The full traceback text of a sandbox exception, with chained causes."""
    st = _Style(color)
    chain: list[tuple[BaseException, str | None]] = []
    seen: set[int] = set()
    cur: BaseException | None = exc
    link: str | None = None
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        chain.append((cur, link))
        if cur.__cause__ is not None:
            cur, link = cur.__cause__, (
                "The above exception was the direct cause of the following exception:")
        elif cur.__context__ is not None and not cur.__suppress_context__:
            cur, link = cur.__context__, (
                "During handling of the above exception, another exception occurred:")
        else:
            cur = None
    parts: list[str] = []
    for i in range(len(chain) - 1, -1, -1):
        e, _ = chain[i]
        parts.extend(_render_one(e, st))
        if i > 0:
            parts.extend(["", chain[i][1] or "", ""])
    return "\n".join(parts)


def short_error(exc: BaseException) -> str:
    """One line for APIs: the type, message, and where it happened."""
    name = display_name(exc)
    if isinstance(exc, SyntaxError) and not entries(exc):
        msg = f"{name}: {exc.msg}"
        return f"{msg} at line {exc.lineno or 1}, column {exc.offset or 1}"
    msg = _safe_str(exc)
    text = f"{name}: {msg}" if msg else name
    pos = innermost(exc)
    if pos is not None:
        col = _byte_to_char(pos.code.line(pos.lineno), pos.col) + 1
        text += f" at line {pos.lineno}, column {col}"
    return text
