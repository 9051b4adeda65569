"""Deterministic generator of control-flow programs for the differential test.

Every program is one function ``f(r)`` whose body is a harness loop around two nested
constructs (an *outer* one and an *inner* one placed in one of the outer's slots),
with an exit statement at one position.  Constructs are the ``try`` forms (with
``except``, ``except*``, ``else``, ``finally``), ``with`` (plain and suppressing),
``async with``, ``for``/``else`` and ``while``/``else``.  Exit kinds are ``return``,
``break``, ``continue``, ``raise``, a bare re-``raise`` and fall-through (no exit).
A second family puts two exits in one program, the second in a ``finally`` that
encloses the first (``return`` in ``finally`` overriding a ``return``, ``continue``
in ``finally`` swallowing an exception, ...).

Every slot appends a label to the trace ``T``; the bits of the argument ``r`` choose
which ``try`` bodies raise ``KeyError`` first (1: the outer, 2: the inner), and every
combination runs, so every ``except`` and ``else`` slot is reached.  Each program prints one line per
``r``: the trace and the returned value or the raised exception's type.  Programs
CPython refuses (``break``/``continue``/``return`` in an ``except*`` block) must be
refused by the sandbox too.

Every single-exit program runs as a plain function and again suspending after
every trace entry, as a generator (``yield``) or a coroutine (``await``) in turn,
so each construct is also checked in the suspendable compilers; the two-exit
programs take the three modes in turn.

The programs share one prelude (context managers, the coroutine driver, the
printer), run once per interpreter before the programs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product

PRELUDE = '''\
T = []


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        T.append(self.name + '.enter')
        return self

    def __exit__(self, typ, val, tb):
        T.append(self.name + '.exit:' + (typ.__name__ if typ else '-'))
        return self.suppress


class ACM(CM):
    async def __aenter__(self):
        return self.__enter__()

    async def __aexit__(self, typ, val, tb):
        return self.__exit__(typ, val, tb)


def desc(e):
    subs = getattr(e, 'exceptions', None)
    if subs is None:
        return type(e).__name__
    return type(e).__name__ + '[' + ','.join(desc(s) for s in subs) + ']'


class Pause:
    def __await__(self):
        yield


def drive(value):
    if type(value).__name__ not in ('coroutine', 'generator'):
        return value
    try:
        while True:
            value.send(None)
    except StopIteration as stop:
        return stop.value


def run(f, rs):
    for r in rs:
        T.clear()
        try:
            out = 'return ' + repr(drive(f(r)))
        except Exception as e:
            out = 'raise ' + desc(e)
        print(r, ' '.join(T), '->', out)
'''

EXITS: dict[str, str] = {
    "return": "return {label!r}",
    "break": "break",
    "continue": "continue",
    "raise": "raise ValueError({label!r})",
    "reraise": "raise",
}


@dataclass(frozen=True)
class Construct:
    """A compound statement with named slots (the blocks an exit can sit in)."""

    name: str
    slots: tuple[str, ...]
    is_try: bool = False
    is_async: bool = False


CONSTRUCTS: tuple[Construct, ...] = (
    Construct("try_except", ("body", "except"), is_try=True),
    Construct("try_except_else", ("body", "except", "else"), is_try=True),
    Construct("try_finally", ("body", "finally"), is_try=True),
    Construct("try_except_finally", ("body", "except", "finally"), is_try=True),
    Construct("try_except_else_finally", ("body", "except", "else", "finally"), is_try=True),
    Construct("try_star", ("body", "except*", "else", "finally"), is_try=True),
    Construct("with", ("body",)),
    Construct("with_suppress", ("body",)),
    Construct("async_with", ("body",), is_async=True),
    Construct("for_else", ("body", "else")),
    Construct("while_else", ("body", "else")),
)
BY_NAME = {c.name: c for c in CONSTRUCTS}
SUSPENDING_REPRESENTATIVES = (BY_NAME["for_else"], BY_NAME["try_except_else_finally"])


def _indent(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]


#: How a program's function runs: a plain function, a generator that yields after
#: every trace entry, or a coroutine that suspends (``await Pause()``) there.
MODES = ("plain", "generator", "coroutine")
SUSPEND = {"plain": [], "generator": ["yield"], "coroutine": ["await Pause()"]}


def _render(c: Construct, level: int, fill: dict[str, list[str]], mode: str) -> list[str]:
    """The construct's lines; ``fill`` gives each slot's statements after its trace."""
    p = "oi"[level]

    def slot(name: str, head: list[str] | None = None) -> list[str]:
        label = f"{p}.{name}"
        return _indent([f"T.append({label!r})", *SUSPEND[mode], *(head or []),
                        *fill.get(name, [])])

    if c.is_try:
        raise_first = [f"if r & {level + 1}: raise KeyError({p!r})"]
        out = ["try:", *slot("body", raise_first)]
        if "except" in c.slots:
            out += [f"except (KeyError, ValueError) as e{level}:",
                    *slot("except", [f"T.append(desc(e{level}))"])]
        if "except*" in c.slots:
            out += [f"except* (KeyError, ValueError) as e{level}:",
                    *slot("except*", [f"T.append(desc(e{level}))"])]
        if "else" in c.slots:
            out += ["else:", *slot("else")]
        if "finally" in c.slots:
            out += ["finally:", *slot("finally")]
        return out
    if c.name == "with":
        return [f"with CM({p!r}):", *slot("body")]
    if c.name == "with_suppress":
        return [f"with CM({p!r}, True):", *slot("body")]
    if c.name == "async_with":
        return [f"async with ACM({p!r}):", *slot("body")]
    if c.name == "for_else":
        return [f"for i{level} in range(2):", *slot("body"), "else:", *slot("else")]
    if c.name == "while_else":
        counter = f"w{level}"
        return [f"{counter} = 0", f"while {counter} < 2:",
                *slot("body", [f"{counter} += 1"]), "else:", *slot("else")]
    raise ValueError(c.name)  # pragma: no cover


@dataclass(frozen=True)
class Program:
    """One generated program: its id (for reports), its source, and the sandbox
    compiler mode it runs in (``PYTHONBOX_COMPILER``: specialised or generic)."""

    id: str
    source: str
    compiler: str = "specialised"


Position = tuple[int, str]  # (level, slot name)


def _exit(kind: str, pos: Position) -> str:
    label = f"{'oi'[pos[0]]}.{pos[1]}"
    return EXITS[kind].format(label=label)


def _program(outer: Construct, where: str, inner: Construct,
             exits: dict[Position, list[str]], pid: str, mode: str = "plain") -> Program:
    is_async = outer.is_async or inner.is_async
    if is_async and mode == "generator":
        mode = "coroutine"  # async with needs a coroutine
    if mode != "plain":
        pid += f" [{mode}]"
    inner_lines = _render(inner, 1, {s: exits.get((1, s), []) for s in inner.slots}, mode)
    fill = {s: exits.get((0, s), []) for s in outer.slots}
    fill[where] = inner_lines + fill[where]
    outer_lines = _render(outer, 0, fill, mode)
    is_async = is_async or mode == "coroutine"
    bits = [level + 1 for level, c in enumerate((outer, inner)) if c.is_try]
    rs = sorted({sum(b for b, on in zip(bits, mask, strict=True) if on)
                 for mask in product((0, 1), repeat=len(bits))})
    lines = [
        f"# {pid}",
        f"{'async def' if is_async else 'def'} f(r):",
        "    for h in range(2):",
        "        T.append('h')",
        *_indent(_indent(SUSPEND[mode])),
        *_indent(_indent(outer_lines)),
        "        T.append('h.end')",
        "    else:",
        "        T.append('h.else')",
        "    return 'end'",
        f"run(f, {rs!r})",
    ]
    return Program(pid, "\n".join(lines) + "\n")


def _positions(outer: Construct, inner: Construct) -> list[Position]:
    return [(1, s) for s in inner.slots] + [(0, s) for s in outer.slots]


def _structures() -> Iterator[tuple[Construct, str, Construct]]:
    for outer in CONSTRUCTS:
        for where in outer.slots:
            for inner in CONSTRUCTS:
                yield outer, where, inner


def _handler_slots(c: Construct) -> set[str]:
    return {"except", "except*"} if c.is_try else set()


def single_exit_programs() -> Iterator[Program]:
    """Every structure, every position, every exit kind (one exit per program).

    Each program runs as a plain function; it runs again suspending at every slot,
    as a generator or as a coroutine in turn (async with: always a coroutine),
    unless its exit belongs to the outer construct, where the inner construct
    does not matter: those get the suspending run with two representative inner
    constructs only (a loop and the full try), to keep the test near 30 s.
    """
    n = 0
    for outer, where, inner in _structures():
        base = f"{outer.name}[{where}]>{inner.name}"
        cases = [({}, f"{base} fallthrough", True)]
        for pos in _positions(outer, inner):
            for kind in EXITS:
                if kind == "reraise" and pos[1] not in ("except", "except*", "finally"):
                    continue  # a bare raise outside a handler: covered once, below
                suspend_too = pos[0] == 1 or inner in SUSPENDING_REPRESENTATIVES
                cases.append(({pos: [_exit(kind, pos)]},
                              f"{base} {kind}@{'oi'[pos[0]]}.{pos[1]}", suspend_too))
        for exits, pid, suspend_too in cases:
            yield _program(outer, where, inner, exits, pid)
            if suspend_too:
                yield _program(outer, where, inner, exits, pid, MODES[1 + n % 2])
                n += 1
    c = BY_NAME["for_else"]
    yield _program(c, "body", c, {(1, "body"): ["raise"]}, "bare raise, no active exception")


def _finally_pairs(outer: Construct, where: str,
                   inner: Construct) -> Iterator[tuple[Position, Position]]:
    """(first exit, a ``finally`` that encloses it) position pairs."""
    for level, c in ((0, outer), (1, inner)):
        if "finally" not in c.slots:
            continue
        for s in c.slots:
            if s != "finally":
                yield (level, s), (level, "finally")
    if "finally" in outer.slots and where != "finally":
        for s in inner.slots:
            yield (1, s), (0, "finally")


SECOND_EXITS = ("return", "break", "continue", "raise")
EXIT_PAIRS = tuple(product(SECOND_EXITS, SECOND_EXITS))
PAIRS_PER_NESTED_CASE = 3
REPRESENTATIVE_INNER = BY_NAME["for_else"]


def double_exit_programs() -> Iterator[Program]:
    """A first exit and a second one in an enclosing ``finally`` (the override family).

    Where both exits belong to the outer construct the inner one does not matter, so
    one representative inner construct gets all 16 exit-kind pairs.  Where an inner
    exit is involved, each case gets 3 of the 16 pairs, rotating from case to case so
    that every pair occurs for every kind of case (this keeps the test near 30 s).
    The programs take the three modes in turn.
    """
    n = m = 0
    for outer, where, inner in _structures():
        base = f"{outer.name}[{where}]>{inner.name}"
        for first, second in _finally_pairs(outer, where, inner):
            if first[0] == 0:
                if inner is not REPRESENTATIVE_INNER:
                    continue
                kinds = EXIT_PAIRS
            else:
                kinds = tuple(EXIT_PAIRS[(n * PAIRS_PER_NESTED_CASE + j) % len(EXIT_PAIRS)]
                              for j in range(PAIRS_PER_NESTED_CASE))
                n += 1
            for k1, k2 in kinds:
                exits: dict[Position, list[str]] = {first: [_exit(k1, first)]}
                exits.setdefault(second, []).append(_exit(k2, second))
                pid = (f"{base} {k1}@{'oi'[first[0]]}.{first[1]}"
                       f"+{k2}@{'oi'[second[0]]}.{second[1]}")
                yield _program(outer, where, inner, exits, pid, MODES[m % len(MODES)])
                m += 1


#: Compiler modes in turn, S G G S ...: a plain program and its suspending twin are
#: generated one after the other, so each kind gets both modes.
COMPILER_PATTERN = ("specialised", "generic", "generic", "specialised")


def all_programs() -> list[Program]:
    """Every program, each assigned one sandbox compiler mode in turn.

    Half the programs run with the compiler's specialisations on and half with
    them off (``PYTHONBOX_COMPILER=generic``): both modes see every construct pair
    and exit kind, at half the cost of running everything twice.
    """
    programs = [*single_exit_programs(), *double_exit_programs()]
    return [Program(p.id, p.source, COMPILER_PATTERN[i % len(COMPILER_PATTERN)])
            for i, p in enumerate(programs)]


def group_of(program: Program) -> str:
    """The (outer, inner) pair a program belongs to: the unit of one test."""
    return program.id.split(" ", 1)[0]

