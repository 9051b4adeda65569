import shlex

lex = shlex.shlex("a = b + c; d(e, f)", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("key=value other='quoted value'", posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one two three")
print(lex.get_token(), lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("x\ny\nz")
tokens = []
while True:
    tok = lex.get_token()
    if tok == lex.eof:
        break
    tokens.append((tok, lex.lineno))
print(tokens)
lex = shlex.shlex("a,b;c", posix=True)
lex.whitespace = ",;"
lex.whitespace_split = True
print(list(lex))
