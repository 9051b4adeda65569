# Greedy line filling and full justification (the textwrap module is not needed).
def wrap(words, width):
    lines, line = [], []
    for w in words:
        if line and len(" ".join(line + [w])) > width:
            lines.append(line)
            line = []
        line.append(w)
    if line:
        lines.append(line)
    return lines


def justify(line, width, last):
    if last or len(line) == 1:
        return " ".join(line).ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (q + (i < r))
    return out + line[-1]


text = ("Python is an easy to learn, powerful programming language. It has efficient "
        "high-level data structures and a simple but effective approach to "
        "object-oriented programming.")
for width in (16, 30, 45):
    lines = wrap(text.split(), width)
    print(f"--- width {width}: {len(lines)} lines")
    for i, line in enumerate(lines):
        print("|" + justify(line, width, i == len(lines) - 1) + "|")

centered = [w.center(12, "*") for w in ("a", "bb", "ccc")]
print(centered, "x".rjust(4, "-"), "abc".zfill(6), "-42".zfill(6))
