import difflib

answer = ["def mean(xs):", "    return sum(xs) / len(xs)"]
submissions = {
    "s1": ["def mean(xs):", "    return sum(xs) / len(xs)"],
    "s2": ["def mean(values):", "    return sum(values) / len(values)"],
    "s3": ["def avg(xs):", "    total = 0", "    for x in xs:", "        total += x", "    return total / len(xs)"],
}
for name, lines in submissions.items():
    sm = difflib.SequenceMatcher(None, "\n".join(answer), "\n".join(lines))
    print(name, round(sm.ratio(), 3))
    for line in difflib.unified_diff(answer, lines, "answer", name, lineterm="", n=0):
        print("   ", line)
words = "the of and to in is you that it he was for on are as with his they".split()
for typo in ["teh", "adn", "yuo", "wiht", "zzz"]:
    print(typo, difflib.get_close_matches(typo, words, n=2, cutoff=0.4))
