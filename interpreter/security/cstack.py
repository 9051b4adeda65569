"""The host's recursion limit, the C stack it needs, and source too deep to compile.

CPython 3.11 counts Python frames and C-level recursion (``repr`` of nested lists,
the compiler's AST passes, ``json``, comparisons) against one recursion limit, and
trusts the C stack to hold that many levels.  Sandbox calls are several host
frames each, so a session needs a higher limit than CPython's 1000 -- but every
unit of limit is also a level that C code may recurse, and an 8 MB stack holds
only about 15,000 levels of the compiler's passes: past that, a 100,000-term
``1+1+...`` or a deep ``ForwardRef`` overflows the C stack (SIGSEGV).

So the limit is chosen together with the stack:

* ``C_STACK_PER_LIMIT_UNIT`` bytes per unit of the limit: the deepest C recursion
  per unit (the compiler's AST validation runs 3 levels of 138 bytes per unit on
  3.11 x86-64; ``repr`` 138, a Python call through C 362), with margin;
* ``C_STACK_PER_USER_FRAME`` bytes per sandbox frame for the C functions a sandbox
  call may sit on (``sorted`` with a key keeps a 5 KB merge state on the stack);
* in the main thread the soft ``RLIMIT_STACK`` is raised to fit both (Linux grows
  the main thread's stack up to the soft limit at fault time); where that is not
  possible, the recursion limit is lowered to what the stack holds, and deep sandbox
  recursion then ends with the host's own ``RecursionError`` a little earlier.

Source is measured before anything compiles it: deeper than ``MAX_AST_DEPTH``
nodes is refused with CPython's own error for that case.
"""

from __future__ import annotations

import ast
import resource
import sys
import threading

#: Bytes of C stack per unit of the recursion limit (measured 414 at most, see above).
C_STACK_PER_LIMIT_UNIT = 512
#: Bytes of C stack per sandbox frame for the C functions under it (sorted: 5 KB).
C_STACK_PER_USER_FRAME = 6 * 1024
#: Kept free for the interpreter, signal handlers and libraries.
C_STACK_MARGIN = 4 * 1024 * 1024
#: Never ask for more stack than this.
C_STACK_MAX = 256 * 1024 * 1024
#: The stack of threads other than the main one (glibc's default).
THREAD_STACK_DEFAULT = 8 * 1024 * 1024
#: Host frames the limit keeps beyond the sandbox's own (the kernel, the loop, pytest).
HOST_HEADROOM_FRAMES = 4000
#: AST nesting refused before compiling (CPython refuses at about 3000 by default).
MAX_AST_DEPTH = 2000

#: What was chosen, for reports and tests: limit, stack bytes, whether it was raised.
CHOSEN: dict[str, int | bool] = {}


def stack_bytes_needed(limit: int, max_depth: int) -> int:
    return limit * C_STACK_PER_LIMIT_UNIT + max_depth * C_STACK_PER_USER_FRAME + \
        C_STACK_MARGIN


def _current_stack() -> tuple[int, bool]:
    """(bytes of C stack this thread may use, whether it can grow by raising the rlimit)."""
    if threading.current_thread() is threading.main_thread():
        soft, _ = resource.getrlimit(resource.RLIMIT_STACK)
        if soft == resource.RLIM_INFINITY:
            return C_STACK_MAX, False
        return soft, True
    size = threading.stack_size()
    return (size or THREAD_STACK_DEFAULT), False


def _grow_main_stack(wanted: int) -> int:
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    target = min(wanted, C_STACK_MAX)
    if hard != resource.RLIM_INFINITY:
        target = min(target, hard)
    if target > soft:
        try:
            resource.setrlimit(resource.RLIMIT_STACK, (target, hard))
        except (ValueError, OSError):
            return soft
        return target
    return soft


def ensure_recursion_limit(max_depth: int, frames_per_user_frame: int) -> int:
    """Raise the host's recursion limit for ``max_depth`` sandbox frames, as far as the
    C stack allows; returns the limit in force."""
    current = sys.getrecursionlimit()
    wanted = max_depth * frames_per_user_frame + HOST_HEADROOM_FRAMES
    if current >= wanted:
        return current
    stack, growable = _current_stack()
    need = stack_bytes_needed(wanted, max_depth)
    if need > stack and growable:
        stack = _grow_main_stack(need)
    fits = (stack - C_STACK_MARGIN - max_depth * C_STACK_PER_USER_FRAME) // \
        C_STACK_PER_LIMIT_UNIT
    limit = max(current, min(wanted, fits))
    if limit > current:
        sys.setrecursionlimit(limit)
    CHOSEN.update(limit=limit, wanted=wanted, stack=stack, raised=limit > current)
    return limit


def check_ast_depth(tree: ast.AST, limit: int = MAX_AST_DEPTH) -> None:
    """Refuse source nested deeper than ``limit`` nodes, before anything recurses on it."""
    todo: list[tuple[ast.AST, int]] = [(tree, 1)]
    pop, push = todo.pop, todo.append
    while todo:
        node, depth = pop()
        if depth > limit:
            raise RecursionError("maximum recursion depth exceeded during compilation")
        for child in ast.iter_child_nodes(node):
            push((child, depth + 1))


def parse_checked(source: str, filename: str, mode: str = "exec", flags: int = 0) -> ast.AST:
    """``ast.parse`` plus the depth check (the parser itself has its own stack bounds)."""
    tree = compile(source, filename, mode, flags=flags | ast.PyCF_ONLY_AST, dont_inherit=True)
    check_ast_depth(tree)
    return tree
