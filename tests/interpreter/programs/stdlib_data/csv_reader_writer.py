import csv
import io

text = 'name,age,city\nAnn,31,"New York, NY"\nBob,27,Paris\n"Smith, Jr.",45,"He said ""hi"""\n'
rows = list(csv.reader(io.StringIO(text)))
for row in rows:
    print(row)
out = io.StringIO()
w = csv.writer(out)
w.writerows(rows)
w.writerow(["tab\there", "new\nline", 3.5, None, True])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, delimiter=";", quotechar="'", quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["a", "b;c", 1])
print(out.getvalue(), end="")
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC).writerow(["x", 1, 2.5])
print(repr(out.getvalue()))
print(list(csv.reader(['"1",2,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a|b|c"], delimiter="|")))
print(list(csv.reader(["  a,  b"], skipinitialspace=True)))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["needs,escape"])
except csv.Error as e:
    print("csv.Error:", e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
