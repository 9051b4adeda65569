import csv
import io
import statistics
from collections import defaultdict

raw = """student,assignment,score
ann,hw1,88
ann,hw2,92
bob,hw1,75
bob,hw2,64
cyd,hw1,99
cyd,hw2,
ann,exam,81
bob,exam,90
"""
by_student = defaultdict(list)
missing = []
for row in csv.DictReader(io.StringIO(raw)):
    if not row["score"]:
        missing.append((row["student"], row["assignment"]))
        continue
    by_student[row["student"]].append(int(row["score"]))
print("missing:", missing)
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["student", "n", "mean", "stdev", "best"])
for student, scores in sorted(by_student.items()):
    sd = statistics.stdev(scores) if len(scores) > 1 else 0.0
    w.writerow([student, len(scores), f"{statistics.mean(scores):.2f}", f"{sd:.2f}", max(scores)])
print(out.getvalue(), end="")
table = list(csv.reader(io.StringIO(out.getvalue())))
widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
for r in table:
    print("  ".join(cell.rjust(w) for cell, w in zip(r, widths)))
