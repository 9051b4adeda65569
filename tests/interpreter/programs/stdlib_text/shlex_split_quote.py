import shlex

for line in ['ls -l "My Documents"', "echo 'single quoted' and\\ escaped",
             'grep -e "a b" -e c file.txt # comment', 'a"b c"d', "x=1 y='2 3'"]:
    print(shlex.split(line))
print(shlex.split("echo hi # a comment", comments=True))
print(shlex.split("a 'b c'", posix=False))
for s in ["simple", "has space", "it's", "", "$HOME", "semi;colon"]:
    print(repr(shlex.quote(s)))
print(shlex.join(["cp", "my file.txt", "dest dir/"]))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError:", e)
