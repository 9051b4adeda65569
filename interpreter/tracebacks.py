"""Sandbox tracebacks: where an exception passed, rendered like CPython 3.11.

Compiled closures record (frame, position) on the exception as it propagates
(``annotate``); the host traceback with interpreter frames is never shown.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

from .errors import Interrupted, display_name

TB_ATTR = "__pbx_trace__"


@dataclass(eq=False)
class CodeInfo:
    """One unit of sandbox source: a cell, a file or a string.

    ``owner`` is a weak reference to the runtime of the session that compiled it, so
    that reports of exceptions nobody caught find their session (``security.hooks``).
    """

    filename: str
    lines: list[str]
    owner: Any = None
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


# ---------------------------------------------------------------------------
# Where the sandbox trace lives: not in the exception's attributes
#
# ``vars(e)`` of an exception must be ``{}`` as in CPython, and the trace (raw sandbox
# frames, positions) must not be reachable by sandbox code.  It rides in a slot of the
# exception's ``__dict__`` object: a ``dict`` subclass whose one extra slot the guard
# never shows (``__pbx`` names are denied on every object).  Being referenced from the
# exception, it is collected with it, cycles through its frames included; copies of the
# exception (which copy the dict's items) do not carry it, as they do not carry
# ``__traceback__`` in CPython.


class _ExceptionDict(dict):  # type: ignore[type-arg]
    __slots__ = ("__pbx_trace__", "__pbx_made__")


_ExceptionDict.__name__ = _ExceptionDict.__qualname__ = "dict"
_ExceptionDict.__module__ = "builtins"

_EXC_DICT = BaseException.__dict__["__dict__"]
_GET_DICT = _EXC_DICT.__get__
_SET_DICT = _EXC_DICT.__set__
_TRACE = _ExceptionDict.__dict__[TB_ATTR]
_GET_TRACE = _TRACE.__get__


def annotate(exc: BaseException, frame: object, pos: Pos) -> None:
    """Record that ``exc`` passed ``pos`` in ``frame`` (innermost position wins)."""
    d = _GET_DICT(exc)  # the descriptor: no __getattribute__ of the class runs
    if type(d) is _ExceptionDict:
        try:
            tb = d.__pbx_trace__
        except AttributeError:  # one made by sandbox code, empty: start it
            d.__pbx_trace__ = [(frame, pos)]
            return
        if tb[-1][0] is not frame:
            tb.append((frame, pos))
        return
    new = _ExceptionDict(d if type(d) is dict else dict.copy(d)) if d else _ExceptionDict()
    new.__pbx_trace__ = [(frame, pos)]
    _SET_DICT(exc, new)


_MADE = _ExceptionDict.__dict__["__pbx_made__"]


def mark_made(exc: BaseException) -> None:
    """Note that sandbox code made ``exc`` (it may then set any attribute on it)."""
    d = _GET_DICT(exc)
    if type(d) is not _ExceptionDict:
        d = _ExceptionDict(d if type(d) is dict else dict.copy(d))
        _SET_DICT(exc, d)
    _MADE.__set__(d, True)


def made_by_sandbox(exc: BaseException) -> bool:
    try:
        d = _GET_DICT(exc)
    except TypeError:
        return False
    if type(d) is not _ExceptionDict:
        return False
    try:
        return _MADE.__get__(d) is True
    except AttributeError:
        return False


def _trace(exc: BaseException) -> list[tuple[object, Pos]]:
    try:
        d = _GET_DICT(exc)
    except TypeError:
        return []
    if type(d) is _ExceptionDict:
        try:
            return _GET_TRACE(d)
        except AttributeError:
            return []
    return []


def traced(exc: BaseException) -> bool:
    """Whether ``exc`` passed sandbox code (hidden library frames included)."""
    return bool(_trace(exc))


def entries(exc: BaseException) -> list[Pos]:
    """Positions from the outermost frame to the innermost."""
    return [p for _, p in reversed(_trace(exc)) if not p.code.hidden]


def innermost(exc: BaseException) -> Pos | None:
    shown = entries(exc)
    return shown[-1] if shown else None


def forget_frames(exc: BaseException) -> None:
    """Keep the positions of ``exc``'s trace, drop the frames (and their locals)."""
    tb = _trace(exc)
    for i, (_, pos) in enumerate(tb):
        tb[i] = (None, pos)


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


#: CPython's own bounds for exception groups (``traceback.TracebackException``).
MAX_GROUP_WIDTH = 15
MAX_GROUP_DEPTH = 10
#: Exceptions shown of one chain of causes and contexts.
MAX_CHAIN = 100
#: The whole text; messages and notes longer than what is left are cut.
MAX_TRACEBACK_CHARS = 400_000

_BASE_STR = BaseException.__str__
_CAUSE = BaseException.__dict__["__cause__"].__get__
_CONTEXT = BaseException.__dict__["__context__"].__get__
_SUPPRESS = BaseException.__dict__["__suppress_context__"].__get__
_ARGS = BaseException.__dict__["args"].__get__
_GROUP_EXCEPTIONS = BaseExceptionGroup.__dict__["exceptions"].__get__
_SYNTAX = {name: SyntaxError.__dict__[name].__get__
           for name in ("msg", "filename", "lineno", "offset", "text", "end_lineno",
                        "end_offset")}
_TYPE_NAME = type.__dict__["__name__"].__get__


class _Budget:
    """Characters left for the rendering; once spent, lines are cut and counted."""

    def __init__(self, chars: int, run_user_code: bool) -> None:
        self.left = chars
        self.run_user_code = run_user_code
        self.cut = False

    def take(self, text: str) -> str:
        if self.left <= 0:
            self.cut = True
            return ""
        if len(text) > self.left:
            text = text[:self.left]
            self.cut = True
        self.left -= len(text) + 1
        return text


def _type_name(exc: BaseException) -> str:
    """The name CPython prints, read without running a metaclass's code."""
    name = display_name(exc) if issubclass(type(exc), Interrupted) else _TYPE_NAME(type(exc))
    return name if type(name) is str else "<unknown>"


def _exception_only(exc: BaseException, st: _Style, budget: _Budget) -> list[str]:
    name = _type_name(exc)
    lines: list[str] = []
    if issubclass(type(exc), SyntaxError) and not entries(exc):
        get = {k: _safe_field(g, exc) for k, g in _SYNTAX.items()}
        filename = get["filename"] if type(get["filename"]) is str else "<string>"
        lineno = get["lineno"] if type(get["lineno"]) is int else 1
        text = get["text"] if type(get["text"]) is str else None
        offset = get["offset"] if type(get["offset"]) is int else None
        code = CodeInfo(filename, [text.rstrip("\n")] if text else [])
        lines.append(_location(code, lineno, None, st))
        if text:
            raw = text.rstrip("\n")
            stripped = raw.lstrip()
            indent = len(raw) - len(stripped)
            lines.append("    " + stripped)
            if offset:
                start = max(offset - 1 - indent, 0)
                end_off = get["end_offset"] if type(get["end_offset"]) is int else None
                end_off = end_off or offset + 1
                end_lineno = get["end_lineno"]
                if type(end_lineno) is int and end_lineno > lineno:
                    end_off = len(raw) + 1  # to the end of the line, as CPython prints it
                elif end_lineno != lineno or end_off <= offset:
                    end_off = offset + 1
                width = min(max(1, end_off - offset), len(stripped) + 1)
                lines.append("    " + " " * min(start, len(stripped)) + st(_RED, "^" * width))
        msg = get["msg"]
        msg = msg if type(msg) is str else _safe_str(msg, budget)
    else:
        msg = _safe_str(exc, budget)
    head = st(_RED + _BOLD if st.color else "", name) if st.color else name
    lines.append(f"{head}: {msg}" if msg else head)
    notes = _notes(exc)
    if notes is not None:
        if issubclass(type(notes), list | tuple):
            items = list.copy(notes) if issubclass(type(notes), list) else \
                list(tuple.__iter__(notes))  # type: ignore[arg-type]
            for note in items:
                if budget.left <= 0:
                    budget.cut = True
                    break
                lines.append(budget.take(note) if type(note) is str else
                             _safe_str(note, budget, "note"))
        else:
            lines.append("<__notes__ is not a sequence>" if not budget.run_user_code
                         else _safe_repr(notes, budget))
    return lines


def _notes(exc: BaseException) -> object:
    """``__notes__`` from the exception's own attributes (no property of a class runs)."""
    try:
        return _GET_DICT(exc).get("__notes__")
    except TypeError:
        return None


def _safe_field(getter: object, exc: BaseException) -> object:
    try:
        return getter(exc)  # type: ignore[operator]
    except Exception:  # noqa: BLE001
        return None


def _safe_str(obj: object, budget: _Budget | None = None, what: str = "exception") -> str:
    """``str(obj)``; sandbox code runs only where CPython runs it, and only if allowed."""
    try:
        if issubclass(type(obj), BaseException):
            if budget is not None and not budget.run_user_code:
                args = _ARGS(obj)
                if not args:
                    return ""
                if len(args) == 1:
                    return args[0] if type(args[0]) is str else f"<{what} str() not shown>"
                return _BASE_STR(obj) if all(type(a) in (str, int, float) for a in args) \
                    else f"<{what} str() not shown>"
            text = str(obj)
        elif type(obj) is str:
            text = obj
        elif budget is not None and not budget.run_user_code:
            return f"<{what} str() not shown>"
        else:
            text = str(obj)
        if type(text) is not str:
            text = str.__str__(text)
    except BaseException:  # noqa: BLE001 - a user __str__ that fails, or hits a limit
        return f"<{what} str() failed>"
    return text if budget is None else budget.take(text)


def _safe_repr(obj: object, budget: _Budget) -> str:
    try:
        text = repr(obj)
        if type(text) is not str:
            text = str.__str__(text)
    except BaseException:  # noqa: BLE001
        return "<__notes__ repr() failed>"
    return budget.take(text)


#: CPython's ``traceback._RECURSIVE_CUTOFF``: identical frames shown before collapsing.
RECURSIVE_CUTOFF = 3


def _repeated(count: int) -> str:
    """CPython's line for the identical frames it leaves out."""
    more = count - RECURSIVE_CUTOFF
    return f"  [Previous line repeated {more} more time{'s' if more > 1 else ''}]"


def _frames(exc: BaseException, st: _Style, budget: _Budget) -> list[str]:
    """The frame lines, with runs of one identical frame collapsed as CPython does
    (a RecursionError would otherwise be thousands of lines)."""
    out: list[str] = []
    last: tuple[str, int, str] | None = None
    count = 0
    for pos in entries(exc):
        key = (pos.code.filename, pos.lineno, pos.func)
        if key == last:
            count += 1
            if count > RECURSIVE_CUTOFF:
                continue
        else:
            if count > RECURSIVE_CUTOFF:
                out.append(budget.take(_repeated(count)))
            last, count = key, 1
        if budget.left <= 0:
            budget.cut = True
            return out
        for line in [_location(pos.code, pos.lineno, pos.func, st),
                     *_source_and_carets(pos, st)]:
            out.append(budget.take(line))
    if count > RECURSIVE_CUTOFF:
        out.append(budget.take(_repeated(count)))
    return out


def _render_one(exc: BaseException, st: _Style, budget: _Budget, depth: int) -> list[str]:
    lines: list[str] = []
    frames = _frames(exc, st, budget)
    if frames:
        lines.append("Traceback (most recent call last):")
        lines.extend(frames)
    lines.extend(_exception_only(exc, st, budget))
    if issubclass(type(exc), BaseExceptionGroup):
        try:
            subs = _GROUP_EXCEPTIONS(exc)
        except TypeError:
            subs = ()
        if depth >= MAX_GROUP_DEPTH:
            lines.append(f"... (max_group_depth is {MAX_GROUP_DEPTH})")
            return lines
        n = len(subs)
        shown = n if n <= MAX_GROUP_WIDTH else MAX_GROUP_WIDTH + 1
        for i in range(shown):
            truncated = i >= MAX_GROUP_WIDTH
            first = "+-+" if i == 0 else "  +"
            title = "..." if truncated else str(i + 1)
            lines.append(f"{first}---------------- {title} ----------------")
            if truncated:
                more = n - MAX_GROUP_WIDTH
                lines.append(f"    | and {more} more exception{'s' if more > 1 else ''}")
                break
            if budget.left <= 0:
                budget.cut = True
                break
            for sub_line in _render_chain(subs[i], st, budget, depth + 1):
                lines.append("    | " + sub_line)
        lines.append("    +------------------------------------")
    return lines


def _render_chain(exc: BaseException, st: _Style, budget: _Budget, depth: int) -> list[str]:
    chain: list[tuple[BaseException, str | None]] = []
    seen: set[int] = set()
    cur: BaseException | None = exc
    link: str | None = None
    hidden = 0
    while cur is not None and id(cur) not in seen:
        if len(chain) >= MAX_CHAIN:
            hidden += 1
            if hidden > 10_000_000:  # pragma: no cover - a chain cannot be that long
                break
        else:
            seen.add(id(cur))
            chain.append((cur, link))
        cause = _CAUSE(cur)
        if cause is not None:
            cur, link = cause, (
                "The above exception was the direct cause of the following exception:")
        else:
            context = _CONTEXT(cur)
            if context is not None and not _SUPPRESS(cur):
                cur, link = context, (
                    "During handling of the above exception, another exception occurred:")
            else:
                cur = None
        if hidden and cur is not None and id(cur) in seen:
            break
    parts: list[str] = []
    if hidden:
        parts.append(f"[{hidden} earlier chained exception{'s' if hidden > 1 else ''} "
                     "not shown]")
        parts.append("")
    for i in range(len(chain) - 1, -1, -1):
        e, _ = chain[i]
        parts.extend(_render_one(e, st, budget, depth))
        if i > 0:
            parts.extend(["", chain[i][1] or "", ""])
    return parts


def render(exc: BaseException, color: bool = False, *, max_chars: int = MAX_TRACEBACK_CHARS,
           run_user_code: bool = True) -> str:
    """The full traceback text of a sandbox exception, with chained causes.

    Bounded as CPython bounds exception groups, in chain length and in characters.
    Sandbox code runs only where CPython runs it (``str()`` of the exception and of
    notes that are not strings), and not at all with ``run_user_code=False``.
    """
    st = _Style(color)
    budget = _Budget(max_chars, run_user_code)
    text = "\n".join(_render_chain(exc, st, budget, 0))
    if budget.cut:
        text = text[:max_chars] + f"\n[traceback cut: longer than {max_chars:,} characters]"
    return text


def api_error(exc: BaseException, timeout: float | None) -> str:
    """``execute_async``'s one-line ``error``: ``short_error`` with the original
    project's leading words where it had them (agents match on them), e.g.
    ``TimeoutError: Execution exceeded 1 seconds at line 2, column 5``."""
    from .errors import TimeLimitExceeded

    text = short_error(exc)
    if isinstance(exc, TimeLimitExceeded) and timeout is not None:
        where = text[text.rfind(" at line "):] if " at line " in text else ""
        return f"TimeoutError: Execution exceeded {timeout:g} seconds{where}"
    return text


def short_error(exc: BaseException) -> str:
    """One line for APIs: the type, message, and where it happened."""
    name = _type_name(exc)
    if issubclass(type(exc), SyntaxError) and not entries(exc):
        msg = _safe_field(_SYNTAX["msg"], exc)
        lineno = _safe_field(_SYNTAX["lineno"], exc)
        offset = _safe_field(_SYNTAX["offset"], exc)
        return f"{name}: {msg} at line {lineno or 1}, column {offset or 1}"
    msg = _safe_str(exc, _Budget(MAX_TRACEBACK_CHARS, True))
    text = f"{name}: {msg}" if msg else name
    pos = innermost(exc)
    if pos is not None:
        col = _byte_to_char(pos.code.line(pos.lineno), pos.col) + 1
        text += f" at line {pos.lineno}, column {col}"
    return text
