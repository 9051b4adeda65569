# Dijkstra's shunting-yard algorithm to reverse Polish notation, then a stack
# evaluator with exact fractions.
from fractions import Fraction

PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "^": (3, "R")}


def tokens(expr):
    num = ""
    for ch in expr:
        if ch.isdigit():
            num += ch
            continue
        if num:
            yield num
            num = ""
        if ch in PREC or ch in "()":
            yield ch
        elif not ch.isspace():
            raise ValueError(f"bad char {ch!r}")
    if num:
        yield num


def to_rpn(expr):
    out, stack = [], []
    for tok in tokens(expr):
        if tok.isdigit():
            out.append(tok)
        elif tok in PREC:
            p, assoc = PREC[tok]
            while stack and stack[-1] in PREC:
                q = PREC[stack[-1]][0]
                if q > p or (q == p and assoc == "L"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(tok)
        elif tok == "(":
            stack.append(tok)
        else:
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise ValueError("unbalanced )")
            stack.pop()
    while stack:
        if stack[-1] == "(":
            raise ValueError("unbalanced (")
        out.append(stack.pop())
    return out


def eval_rpn(rpn):
    st = []
    for tok in rpn:
        if tok.isdigit():
            st.append(Fraction(int(tok)))
            continue
        b, a = st.pop(), st.pop()
        match tok:
            case "+": st.append(a + b)
            case "-": st.append(a - b)
            case "*": st.append(a * b)
            case "/": st.append(a / b)
            case "^": st.append(a ** int(b))
    (result,) = st
    return result


for e in ["3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "(1 + 2) * (3 + 4)", "2 ^ 3 ^ 2", "10 / 4 / 5",
          "7 - 2 - 1", "((15 / (7 - (1 + 1))) * 3) - (2 + (1 + 1))", "1 / 3 + 1 / 6", "(1 + 2",
          "1 + 2)", "4 / (2 - 2)", "2 # 3"]:
    try:
        rpn = to_rpn(e)
        v = eval_rpn(rpn)
        print(f"{e:45} {' '.join(rpn):35} {v} {float(v):.6g}")
    except (ValueError, ZeroDivisionError) as exc:
        print(f"{e:45} {type(exc).__name__}: {exc}")
