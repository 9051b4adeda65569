# Integers to English words and back.
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10**9, "billion"), (10**6, "million"), (1000, "thousand"), (100, "hundred")]


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            head = f"{words(q)} {name}"
            if not r:
                return head
            sep = " and " if r < 100 else ", " if value > 100 else " "
            return head + sep + words(r)
    raise AssertionError(n)


VALUES = {w: i for i, w in enumerate(ONES)} | {w: 10 * i for i, w in enumerate(TENS) if i > 1}


def parse(text):
    total = current = 0
    for token in text.replace(",", " ").replace("-", " ").split():
        if token == "and":
            continue
        if token == "minus":
            return -parse(text.split("minus ", 1)[1])
        if token == "hundred":
            current *= 100
        elif token in ("thousand", "million", "billion"):
            scale = dict((name, v) for v, name in SCALES)[token]
            total += current * scale
            current = 0
        else:
            current += VALUES[token]
    return total + current


for n in [0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 7000042,
          123456789, 2000000001, -15]:
    w = words(n)
    assert parse(w) == n, (n, w)
    print(f"{n:>11,} {w}")
