import re
TOKEN = re.compile(r'(\d+\.?\d*)|(\*\*|[-+*/()])|(\s+)')

def tokenize(s):
    pos, out = 0, []
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m: raise SyntaxError(f'bad char {s[pos]!r} at {pos}')
        num, op, _ = m.groups()
        out += [float(num)] if num else [op] if op else []
        pos = m.end()
    return out

def evaluate(tokens):
    toks = list(tokens) + [None]
    take = lambda: toks.pop(0)
    def expr():
        v = term()
        while toks[0] in ('+', '-'):
            v = v + term() if take() == '+' else v - term()
        return v
    def term():
        v = factor()
        while toks[0] in ('*', '/'):
            v = v * factor() if take() == '*' else v / factor()
        return v
    def factor():
        if (tok := take()) == '-':
            return -factor()
        v = expr() if tok == '(' else tok
        if tok == '(' and take() != ')':
            raise SyntaxError('missing )')
        return v ** factor() if toks[0] == '**' and take() else v
    return expr()

for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-4 + 10 / 4', '2 * (3 + 4) - -1', '7 $ 2', '(1 + 2']:
    try:
        print(src, '=', evaluate(tokenize(src)), tokenize(src)[:3])
    except SyntaxError as e:
        print(src, '->', type(e).__name__, e)
