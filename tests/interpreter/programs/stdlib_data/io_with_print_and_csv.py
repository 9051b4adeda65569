import csv
import io

buf = io.StringIO()
print("header", file=buf)
print(1, 2, 3, sep=",", end=";\n", file=buf)
print(buf.getvalue(), end="")
report = io.StringIO()
writer = csv.writer(report, lineterminator="\n")
for n in range(1, 6):
    writer.writerow([n, n * n, n ** 3])
report.seek(0)
total = 0
for row in csv.reader(report):
    total += int(row[2])
    print(" | ".join(f"{int(x):>4}" for x in row))
print("sum of cubes:", total)


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("shout", file=u)
print(u.getvalue(), end="")
