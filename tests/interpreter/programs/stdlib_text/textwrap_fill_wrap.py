import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
for width in (20, 35, 50):
    print(f"--- width {width}")
    print(textwrap.fill(text, width=width))
print(textwrap.wrap(text, width=30)[:3])
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a-very-long-hyphenated-word-that-must-break", width=10))
print(textwrap.wrap("a-very-long-hyphenated-word", width=10, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilistic", width=6, break_long_words=True))
print(textwrap.wrap("supercalifragilistic", width=6, break_long_words=False))
print(textwrap.fill("tabs\there\tand\tthere", width=15, expand_tabs=True, tabsize=4))
print(textwrap.wrap("   leading and trailing   ", width=12, drop_whitespace=False))
print(textwrap.fill("one. two. three.", width=80, fix_sentence_endings=True))
print(textwrap.wrap("", width=10))
print(textwrap.wrap("x " * 20, width=10, max_lines=2, placeholder=" [..]"))
