# Parse boolean formulas (not, and, or, ->, <->), print truth tables, and check
# tautologies and equivalences by enumeration.
import itertools
import re

TOK = re.compile(r"\s*(<->|->|[()!&|]|[a-z]\w*|[01])")


def parse(src):
    toks = TOK.findall(src)
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def eat():
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def iff():
        left = imp()
        while peek() == "<->":
            eat()
            left = ("iff", left, imp())
        return left

    def imp():
        left = disj()
        if peek() == "->":
            eat()
            return ("imp", left, imp())
        return left

    def disj():
        left = conj()
        while peek() == "|":
            eat()
            left = ("or", left, conj())
        return left

    def conj():
        left = neg()
        while peek() == "&":
            eat()
            left = ("and", left, neg())
        return left

    def neg():
        if peek() == "!":
            eat()
            return ("not", neg())
        tok = eat()
        if tok == "(":
            inner = iff()
            assert eat() == ")"
            return inner
        return ("const", tok == "1") if tok in "01" else ("var", tok)

    tree = iff()
    assert pos == len(toks), f"junk after position {pos}"
    return tree


def variables(t):
    if t[0] == "var":
        return {t[1]}
    if t[0] == "const":
        return set()
    return set().union(*(variables(c) for c in t[1:]))


def ev(t, env):
    tag = t[0]
    if tag == "var":
        return env[t[1]]
    if tag == "const":
        return t[1]
    if tag == "not":
        return not ev(t[1], env)
    a, b = ev(t[1], env), ev(t[2], env)
    return {"and": a and b, "or": a or b, "imp": (not a) or b, "iff": a == b}[tag]


def table(src):
    t = parse(src)
    names = sorted(variables(t))
    rows = []
    for values in itertools.product([False, True], repeat=len(names)):
        env = dict(zip(names, values))
        rows.append((values, ev(t, env)))
    return names, rows


for f in ["p & q -> p", "(p -> q) & (q -> r) -> (p -> r)", "p | !p", "p & !p", "a <-> b | c"]:
    names, rows = table(f)
    print(f, "| tautology:", all(r for _, r in rows), "| satisfiable:", any(r for _, r in rows))
    if len(names) <= 3:
        print("  " + " ".join(names) + " | out")
        for values, r in rows:
            print("  " + " ".join("TF"[not v] for v in values) + " | " + "TF"[not r])


def equivalent(f, g):
    tf, tg = parse(f), parse(g)
    names = sorted(variables(tf) | variables(tg))
    return all(ev(tf, dict(zip(names, v))) == ev(tg, dict(zip(names, v)))
               for v in itertools.product([False, True], repeat=len(names)))


print(equivalent("!(p & q)", "!p | !q"), equivalent("p -> q", "!q -> !p"), equivalent("p -> q", "q -> p"))
