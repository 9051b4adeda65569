import csv
import io

raw_bytes = "name;city\nZoë;Zürich\nJosé;São Paulo\n".encode("utf-8")
text = io.StringIO(raw_bytes.decode("utf-8"), newline="")
for row in csv.reader(text, delimiter=";"):
    print(row)
out = io.StringIO(newline="")
csv.writer(out, lineterminator="\n").writerows([["ä", 1], ["ö", 2]])
print(out.getvalue().encode("utf-8"))
latin = "café".encode("latin-1")
print(latin.decode("latin-1"), latin.decode("latin-1") == "café", len(latin))
decoder = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(decoder.decode("a\r\nb\rc", final=True)))
