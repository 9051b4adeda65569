import unicodedata

for ch in "Aa1 é€中😀\u0301":
    print(repr(ch), unicodedata.name(ch, "?"), unicodedata.category(ch),
          unicodedata.bidirectional(ch), unicodedata.east_asian_width(ch),
          unicodedata.combining(ch), unicodedata.mirrored(ch))
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.lookup("SNOWMAN"))
print(unicodedata.decimal("7"), unicodedata.digit("²"), unicodedata.numeric("½"))
print(unicodedata.decimal("x", None))
s = "Café"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = unicodedata.normalize(form, s)
    print(form, len(n), [hex(ord(c)) for c in n], unicodedata.is_normalized(form, n))
print(unicodedata.decomposition("é"), unicodedata.normalize("NFKC", "ﬁ①"))
print(unicodedata.unidata_version.count(".") == 2)


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


print(strip_accents("Crème brûlée à la française"))
try:
    unicodedata.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print("KeyError:", e)
