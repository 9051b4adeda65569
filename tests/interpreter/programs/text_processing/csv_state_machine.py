# A CSV reader written as a state machine: quoted fields, doubled quotes, embedded
# newlines and separators; then a column report.
def parse_csv(text, sep=","):
    rows, row, field = [], [], []
    state = "start"
    for ch in text:
        if state == "quoted":
            if ch == '"':
                state = "quote_in_quoted"
            else:
                field.append(ch)
            continue
        if state == "quote_in_quoted" and ch == '"':
            field.append('"')
            state = "quoted"
            continue
        if ch == '"' and state == "start":
            state = "quoted"
        elif ch == sep:
            row.append("".join(field))
            field, state = [], "start"
        elif ch == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field, state = [], [], "start"
        elif ch == "\r":
            continue
        else:
            field.append(ch)
            state = "field"
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows


DATA = 'name,qty,price,note\r\nwidget,3,2.50,"plain"\n"gadget, deluxe",1,10.00,"says ""hi"""\n' \
       'doohickey,12,0.75,"multi\nline"\nempty,0,0,\n'
rows = parse_csv(DATA)
header, *body = rows
for r in rows:
    print(len(r), r)
records = [dict(zip(header, r)) for r in body]
total = sum(int(r["qty"]) * float(r["price"]) for r in records)
print(f"total {total:.2f}")
widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
for r in rows:
    print(" | ".join(c.replace("\n", "\\n").ljust(w) for c, w in zip(r, widths)))
print(parse_csv("a;b;c\n1;2;3", sep=";"))
