import csv
import io
import pprint
import string
import textwrap
from collections import Counter

essay = """Python is a programming language that lets you work quickly and integrate
systems more effectively. Python is powerful, and fast; plays well with others;
runs everywhere; is friendly and easy to learn; is open."""
words = [w.strip(string.punctuation).lower() for w in essay.split()]
freq = Counter(w for w in words if w)
pprint.pprint(freq.most_common(5))
print(textwrap.fill(" ".join(sorted(set(words))), width=60))
out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["word", "count"])
writer.writerows(freq.most_common(3))
print(out.getvalue(), end="")
report = {"words": len(words), "unique": len(freq), "longest": max(words, key=len)}
pprint.pprint(report, width=30)
print(string.capwords(essay.splitlines()[0]))
