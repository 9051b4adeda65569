# Statements over an expression language: a tokenizer generator, AST node classes
# (dataclasses), a visitor with getattr dispatch, constant folding and an evaluator.
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Num:
    value: int


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: object
    right: object


@dataclass(frozen=True)
class Assign:
    name: str
    expr: object


@dataclass(frozen=True)
class Print:
    expr: object


def tokens(src):
    for m in re.finditer(r"\d+|[a-z]+|\S", src):
        yield m.group()


class Parser:
    def __init__(self, src):
        self.toks = list(tokens(src)) + [None]
        self.i = 0

    def next(self):
        self.i += 1
        return self.toks[self.i - 1]

    def statement(self):
        if self.toks[self.i] == "print":
            self.next()
            return Print(self.expr())
        if self.toks[self.i + 1] == "=":
            name = self.next()
            self.next()
            return Assign(name, self.expr())
        return Print(self.expr())

    def expr(self):
        node = self.term()
        while self.toks[self.i] in ("+", "-"):
            node = BinOp(self.next(), node, self.term())
        return node

    def term(self):
        node = self.atom()
        while self.toks[self.i] in ("*", "/"):
            node = BinOp(self.next(), node, self.atom())
        return node

    def atom(self):
        tok = self.next()
        if tok == "(":
            node = self.expr()
            assert self.next() == ")"
            return node
        return Num(int(tok)) if tok.isdigit() else Var(tok)


class Visitor:
    def visit(self, node):
        return getattr(self, "visit_" + type(node).__name__, self.generic)(node)

    def generic(self, node):
        raise TypeError(f"no visitor for {type(node).__name__}")


class Folder(Visitor):
    def visit_Num(self, node):
        return node

    visit_Var = visit_Num

    def visit_BinOp(self, node):
        left, right = self.visit(node.left), self.visit(node.right)
        if isinstance(left, Num) and isinstance(right, Num) and not (node.op == "/" and right.value == 0):
            return Num(Evaluator({}).visit(BinOp(node.op, left, right)))
        return BinOp(node.op, left, right)

    def visit_Assign(self, node):
        return Assign(node.name, self.visit(node.expr))

    def visit_Print(self, node):
        return Print(self.visit(node.expr))


class Evaluator(Visitor):
    def __init__(self, env):
        self.env = env

    def visit_Num(self, node):
        return node.value

    def visit_Var(self, node):
        return self.env[node.name]

    def visit_BinOp(self, node):
        a, b = self.visit(node.left), self.visit(node.right)
        return {"+": a + b, "-": a - b, "*": a * b}[node.op] if node.op != "/" else a // b

    def visit_Assign(self, node):
        self.env[node.name] = self.visit(node.expr)

    def visit_Print(self, node):
        print(self.visit(node.expr))


PROGRAM = """x = 2 * (3 + 4)
y = x - 10 / 2
print x * y
z = (1 + 2) * (3 + 4) - x
print z
print (z + y) * 2
print 7 / 0 + x"""
ev = Evaluator({})
for line in PROGRAM.splitlines():
    stmt = Parser(line).statement()
    folded = Folder().visit(stmt)
    print("#", folded)
    try:
        ev.visit(folded)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(sorted(ev.env.items()))
print(BinOp("+", Num(1), Var("x")) == BinOp("+", Num(1), Var("x")), hash(Num(3)) == hash(Num(3)))
try:
    ev.visit("not a node")
except TypeError as e:
    print("TypeError:", e)
