import difflib

before = """def area(r):
    return 3.14 * r * r

print(area(2))
""".splitlines(keepends=True)
after = """import math

def area(r):
    return math.pi * r ** 2

print(area(2))
print(area(3))
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(before, after, fromfile="old.py", tofile="new.py")))
print("".join(difflib.context_diff(before, after, fromfile="old.py", tofile="new.py", n=1)))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
diff = list(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]))
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
d = difflib.Differ()
print("".join(d.compare(["hello world\n"], ["hello there world\n"])))
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
print(difflib.IS_LINE_JUNK("   # \n"), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))
out = difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"], b"x", b"y")
print(list(out))
