# A regular-expression engine: parse to postfix with explicit concatenation,
# Thompson-construct an NFA, simulate it with state sets; compared with re.fullmatch.
import re


def insert_concat(pattern):
    out = []
    for i, c in enumerate(pattern):
        out.append(c)
        if i + 1 < len(pattern):
            d = pattern[i + 1]
            if c not in "(|" and d not in ")|*+?":
                out.append(".")
    return "".join(out)


def to_postfix(pattern):
    prec = {"|": 1, ".": 2, "*": 3, "+": 3, "?": 3}
    out, stack = [], []
    for c in insert_concat(pattern):
        if c == "(":
            stack.append(c)
        elif c == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        elif c in prec:
            while stack and stack[-1] != "(" and prec[stack[-1]] >= prec[c]:
                out.append(stack.pop())
            stack.append(c)
        else:
            out.append(c)
    return "".join(out + stack[::-1])


class State:
    count = 0

    def __init__(self, label=None):
        self.label = label  # a character, or None for an epsilon state
        self.out = []
        State.count += 1


def build(postfix):
    stack = []
    for c in postfix:
        if c == ".":
            (s2, e2), (s1, e1) = stack.pop(), stack.pop()
            e1.out.append(s2)
            stack.append((s1, e2))
        elif c == "|":
            (s2, e2), (s1, e1) = stack.pop(), stack.pop()
            s, e = State(), State()
            s.out += [s1, s2]
            e1.out.append(e)
            e2.out.append(e)
            stack.append((s, e))
        elif c in "*+?":
            s1, e1 = stack.pop()
            s, e = State(), State()
            s.out.append(s1)
            if c != "+":
                s.out.append(e)
            if c != "?":
                e1.out.append(s1)
            e1.out.append(e)
            stack.append((s, e))
        else:
            s, e = State(c), State()
            s.out.append(e)
            stack.append((s, e))
    (start, end), = stack
    return start, end


def closure(states):
    seen, todo = set(), list(states)
    while todo:
        s = todo.pop()
        if s in seen:
            continue
        seen.add(s)
        if s.label is None:
            todo.extend(s.out)
    return seen


def matches(pattern, text):
    start, end = build(to_postfix(pattern))
    current = closure([start])
    for ch in text:
        current = closure([t for s in current if s.label in (ch, "_") for t in s.out])
    return end in current


CASES = [("a(b|c)*d", ["ad", "abd", "abcbcd", "abx", "a"]),
         ("(ab)+c?", ["ab", "ababc", "abc", "ac", ""]),
         ("x?y*z", ["z", "xz", "yyyz", "xyz", "xxz"]),
         ("(a|b)*abb", ["abb", "aabb", "babb", "ab", "abababb"]),
         ("h(e|a)llo( world)?", ["hello", "hallo world", "hullo", "hello world"])]
for pattern, texts in CASES:
    print(pattern, to_postfix(pattern))
    for t in texts:
        mine = matches(pattern, t)
        assert mine == bool(re.fullmatch(pattern, t)), (pattern, t)
        print(f"   {t!r:15} {mine}")
print(State.count > 50)
