import csv
import io

print(sorted(csv.list_dialects()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.lineterminator == "\n", d.doublequote)
out = io.StringIO()
csv.writer(out, dialect="pipes").writerow(["a", "b|c", "d"])
print(out.getvalue(), end="")
print(list(csv.reader(io.StringIO("a|'b'|c\n"), dialect="pipes")))
csv.unregister_dialect("pipes")
print(sorted(csv.list_dialects()))
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("csv.Error:", e)


class Semi(csv.excel):
    delimiter = ";"


print(list(csv.reader(["1;2;3"], dialect=Semi)))
sample = "name;age;town\nAnn;31;Oslo\nBob;27;Rome\n"
sniffer = csv.Sniffer()
dialect = sniffer.sniff(sample)
print(repr(dialect.delimiter), sniffer.has_header(sample))
print(list(csv.reader(io.StringIO(sample), dialect)))
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator))
print(csv.field_size_limit())
