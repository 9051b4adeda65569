import shlex

args = ["python", "-c", "print('hi there')", "--name", "O'Brien", "a b", "$HOME", ""]
cmd = shlex.join(args)
print(cmd)
print(shlex.split(cmd) == args)
for s in ["'", '"', "a'b\"c", "tab\tsep", "new\nline"]:
    q = shlex.quote(s)
    print(repr(q), shlex.split(q) == [s])
lex = shlex.shlex("cmd --opt=value file1 'file 2' # trailing", posix=True, punctuation_chars="=")
lex.whitespace_split = True
print(list(lex))
