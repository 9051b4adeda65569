import csv
import io

raw_bytes = "name;city\nZoë;Zürich\nJosé;São Paulo\n".encode("utf-8")
text = io.TextIOWrapper(io.BytesIO(raw_bytes), encoding="utf-8", newline="")
for row in csv.reader(text, delimiter=";"):
    print(row)
out_bytes = io.BytesIO()
wrapper = io.TextIOWrapper(out_bytes, encoding="utf-8", newline="")
csv.writer(wrapper, lineterminator="\n").writerows([["ä", 1], ["ö", 2]])
wrapper.flush()
print(out_bytes.getvalue())
latin = io.TextIOWrapper(io.BytesIO("café".encode("latin-1")), encoding="latin-1")
print(latin.read(), latin.encoding)
