# Recursive-descent parser for arithmetic with precedence, unary minus, power
# (right-associative), function calls and variables; builds an AST of tuples.
import math
import re

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|(\*\*|[-+*/%(),^])|([A-Za-z_]\w*))")


class ParseError(Exception):
    pass


def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise ParseError(f"bad character {src[pos]!r} at {pos}")
        num, op, name = m.groups()
        out.append(("num", float(num)) if num else ("op", op) if op else ("name", name))
        pos = m.end()
    out.append(("end", None))
    return out


class Parser:
    def __init__(self, src):
        self.toks = tokenize(src)
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok[1] != value:
            raise ParseError(f"expected {value!r}, got {tok[1]!r}")
        self.i += 1
        return tok

    def parse(self):
        node = self.expr()
        if self.peek()[0] != "end":
            raise ParseError(f"trailing {self.peek()[1]!r}")
        return node

    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            node = (self.take()[1], node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek()[1] in ("*", "/", "%"):
            node = (self.take()[1], node, self.unary())
        return node

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return ("**", base, self.unary())
        return base

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take(",")
                    args.append(self.expr())
                self.take(")")
                return ("call", value, args)
            return ("var", value)
        if value == "(":
            node = self.expr()
            self.take(")")
            return node
        raise ParseError(f"unexpected {value!r}")


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hypot": math.hypot}
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}


def evaluate(node, env):
    tag = node[0]
    if tag == "num":
        return node[1]
    if tag == "var":
        return env[node[1]]
    if tag == "neg":
        return -evaluate(node[1], env)
    if tag == "call":
        return FUNCS[node[1]](*(evaluate(a, env) for a in node[2]))
    return OPS[tag](evaluate(node[1], env), evaluate(node[2], env))


env = {"x": 3.0, "y": 4.0, "pi": math.pi}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "hypot(x, y) / 5",
            "max(1, x, y * 2) - min(7 % 4, 2)", "10 / 4 - .5", "sqrt(16) * -x",
            "1 +", "2 * (3", "4 $ 4", "foo(1)", "1 / (x - 3)", "z + 1"]:
    try:
        tree = Parser(src).parse()
        print(f"{src:34} = {evaluate(tree, env)!r}")
    except ParseError as e:
        print(f"{src:34} ParseError: {e}")
    except (KeyError, ZeroDivisionError) as e:
        print(f"{src:34} {type(e).__name__}: {e}")
print(Parser("a * (b + -c) ** 2").parse())
