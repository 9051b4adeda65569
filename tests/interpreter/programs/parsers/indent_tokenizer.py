# A Python-like tokenizer that emits INDENT/DEDENT tokens from leading
# whitespace, skips comments and blank lines, joins bracketed lines, and reports
# inconsistent dedents; then a parser builds a nested block tree.
import re
from typing import NamedTuple


class Tok(NamedTuple):
    kind: str
    text: str
    line: int


TOKEN = re.compile(r"(?P<num>\d+)|(?P<name>[A-Za-z_]\w*)|(?P<str>'[^']*')|(?P<op>==|[-+*/=<>:(),\[\]])|(?P<ws>[ \t]+)|(?P<bad>.)")


def tokenize(src):
    indents = [0]
    depth = 0
    for n, line in enumerate(src.splitlines(), 1):
        stripped = line.split("#", 1)[0].rstrip()
        if not stripped.strip():
            continue
        if depth == 0:
            width = len(stripped) - len(stripped.lstrip(" "))
            if width > indents[-1]:
                indents.append(width)
                yield Tok("INDENT", "", n)
            while width < indents[-1]:
                indents.pop()
                yield Tok("DEDENT", "", n)
            if width != indents[-1]:
                raise IndentationError(f"line {n}: unindent does not match any outer level")
        for m in TOKEN.finditer(stripped.lstrip(" ") if depth == 0 else stripped):
            kind = m.lastgroup
            if kind == "ws":
                continue
            if kind == "bad":
                raise SyntaxError(f"line {n}: bad character {m.group()!r}")
            if m.group() in "([":
                depth += 1
            elif m.group() in ")]":
                depth -= 1
            yield Tok(kind, m.group(), n)
        if depth == 0:
            yield Tok("NEWLINE", "", n)
    for _ in indents[1:]:
        yield Tok("DEDENT", "", n)
    yield Tok("EOF", "", n)


def blocks(tokens):
    """Nest statements: a statement ending in ':' owns the following INDENT block."""
    root = []
    stack = [root]
    stmt = []
    for tok in tokens:
        if tok.kind == "NEWLINE":
            node = (" ".join(t.text for t in stmt), [])
            stack[-1].append(node)
            stmt = []
        elif tok.kind == "INDENT":
            stack.append(stack[-1][-1][1])
        elif tok.kind == "DEDENT":
            stack.pop()
        elif tok.kind != "EOF":
            stmt.append(tok)
    return root


def show(nodes, depth=0):
    for text, children in nodes:
        print("  " * depth + text)
        show(children, depth + 1)


SRC = """
def area(shape, size):   # comment
    if shape == 'square':
        return size * size

    elif shape == 'rect':
        w, h = (size[0],
                size[1])
        return w * h
    return 0
print(area('square', 3))
"""
toks = list(tokenize(SRC))
print([t.kind for t in toks].count("INDENT"), [t.kind for t in toks].count("DEDENT"), len(toks))
print([t.text for t in toks if t.line == 7])
show(blocks(toks))
for bad in ["if x:\n    a\n  b\n", "x = 1 $ 2\n"]:
    try:
        list(tokenize(bad))
    except (IndentationError, SyntaxError) as e:
        print(type(e).__name__, e)
