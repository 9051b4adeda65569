import textwrap

w = textwrap.TextWrapper(width=25, initial_indent="- ", subsequent_indent="  ")
paragraphs = ["Lists, dicts and sets are the workhorses of Python programs.",
              "Comprehensions make building them short and readable."]
for p in paragraphs:
    print(w.fill(p))
w.width = 15
w.initial_indent = ""
print(w.wrap("attributes can be changed after the wrapper is made"))


class NumberedWrapper(textwrap.TextWrapper):
    def wrap(self, text):
        lines = super().wrap(text)
        return [f"{i:>2}: {line}" for i, line in enumerate(lines, 1)]


print("\n".join(NumberedWrapper(width=22).wrap("a subclass can post-process every wrapped line")))
print(isinstance(w, textwrap.TextWrapper), type(w).__name__)
