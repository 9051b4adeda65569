import textwrap

students = {"Ann": "Excellent work on recursion and a very clear write-up of the base cases.",
            "Bob": "Good start; the loop invariant needs a comment and the tests miss the empty list.",
            "Cyd": "Solid."}
for name, comment in students.items():
    prefix = f"{name:>5}: "
    print(textwrap.fill(comment, width=50, initial_indent=prefix,
                        subsequent_indent=" " * len(prefix)))
box_width = 30
text = "Notebooks mix code, output and prose in one document."
lines = textwrap.wrap(text, box_width - 4)
print("+" + "-" * (box_width - 2) + "+")
for line in lines:
    print("| " + line.ljust(box_width - 4) + " |")
print("+" + "-" * (box_width - 2) + "+")
print(textwrap.fill("naïve café déjà vu résumé " * 3, width=24))
print(textwrap.wrap("word " * 3 + "x" * 30, width=12))
