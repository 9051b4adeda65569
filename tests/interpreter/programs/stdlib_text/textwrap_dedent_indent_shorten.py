import textwrap

code = """
    def f(x):
        if x:
            return 1
        return 2
"""
print(textwrap.dedent(code))
print(repr(textwrap.dedent("  a\n\t b\n")))
print(repr(textwrap.dedent("   x\n   \n   y")))
print(textwrap.indent("one\ntwo\n\nthree\n", "> "))
print(textwrap.indent("one\ntwo\n\nthree\n", "+ ", predicate=lambda line: True))
print(textwrap.indent("keep\nskip\nkeep\n", "# ", predicate=lambda line: "keep" in line))
print(textwrap.shorten("Hello  world!   How are you today?", width=20))
print(textwrap.shorten("Hello world", width=11))
print(textwrap.shorten("Hello world, this is long", width=15, placeholder="..."))
try:
    textwrap.shorten("abc", width=2, placeholder="[...]")
except ValueError as e:
    print("ValueError:", e)
