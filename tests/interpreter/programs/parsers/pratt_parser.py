# A Pratt (top-down operator precedence) parser with prefix, infix, postfix (!)
# and ternary operators, printing fully parenthesised forms and values.
import math
import re


class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind, self.text = kind, text

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


def lex(src):
    for num, name, op in re.findall(r"(\d+)|([a-z]+)|(\*\*|==|!=|<=|>=|&&|\|\||\S)", src):
        if num:
            yield Token("num", num)
        elif name:
            yield Token("name", name)
        else:
            yield Token("op", op)
    yield Token("eof", "")


INFIX = {"||": (1, 2), "&&": (3, 4), "==": (5, 6), "!=": (5, 6), "<": (7, 8), "<=": (7, 8),
         ">": (7, 8), ">=": (7, 8), "+": (9, 10), "-": (9, 10), "*": (11, 12), "/": (11, 12),
         "**": (16, 15), "?": (0.5, 0.4)}
PREFIX = {"-": 13, "+": 13, "!": 13}
POSTFIX = {"!": 17}


class Pratt:
    def __init__(self, src):
        self.tokens = list(lex(src))
        self.pos = 0

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def peek(self):
        return self.tokens[self.pos]

    def expr(self, min_bp=0.0):
        tok = self.next()
        if tok.kind in ("num", "name"):
            lhs = tok.text
        elif tok.text == "(":
            lhs = self.expr()
            assert self.next().text == ")", "expected )"
        elif tok.text in PREFIX:
            lhs = (tok.text, self.expr(PREFIX[tok.text]))
        else:
            raise SyntaxError(f"unexpected {tok!r}")
        while True:
            op = self.peek()
            if op.kind == "eof" or op.text == ")" or op.text == ":":
                break
            if op.text in POSTFIX:
                if POSTFIX[op.text] < min_bp:
                    break
                self.next()
                lhs = ("fact", lhs)
                continue
            lbp, rbp = INFIX[op.text]
            if lbp < min_bp:
                break
            self.next()
            if op.text == "?":
                mid = self.expr()
                assert self.next().text == ":"
                lhs = ("?:", lhs, mid, self.expr(rbp))
            else:
                lhs = (op.text, lhs, self.expr(rbp))
        return lhs


def show(t):
    if isinstance(t, str):
        return t
    return "(" + " ".join([t[0]] + [show(x) for x in t[1:]]) + ")"


BIN = {"+": int.__add__, "-": int.__sub__, "*": int.__mul__, "/": int.__floordiv__,
       "**": pow, "<": int.__lt__, "<=": int.__le__, ">": int.__gt__, ">=": int.__ge__,
       "==": int.__eq__, "!=": int.__ne__}


def ev(t, env):
    if isinstance(t, str):
        return int(t) if t.isdigit() else env[t]
    op, *args = t
    if op == "?:":
        return ev(args[1], env) if ev(args[0], env) else ev(args[2], env)
    if op == "&&":
        return ev(args[0], env) and ev(args[1], env)
    if op == "||":
        return ev(args[0], env) or ev(args[1], env)
    if op == "fact":
        return math.factorial(ev(args[0], env))
    if len(args) == 1:
        v = ev(args[0], env)
        return {"-": -v, "+": +v, "!": int(not v)}[op]
    return int(BIN[op](ev(args[0], env), ev(args[1], env)))


env = {"a": 2, "b": 3, "c": 0}
for src in ["1 + 2 * 3", "a ** b ** 2", "-a!", "(1 + 2)! * 2", "a < b && b < 10 || c",
            "c ? 1 : a > 1 ? 20 : 30", "!c + -b * +a", "2 * 3! - 4 / 2"]:
    t = Pratt(src).expr()
    print(f"{src:28} {show(t):40} {ev(t, env)}")
try:
    Pratt("1 + * 2").expr()
except SyntaxError as e:
    print("SyntaxError:", e)
