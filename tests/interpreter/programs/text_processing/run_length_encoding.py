# Run-length encoding three ways (itertools.groupby, regex, a manual loop) and a
# round trip through each.
import re
from itertools import groupby


def rle_groupby(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


def rle_manual(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return "".join(out)


def rle_regex(s):
    return re.sub(r"(.)\1*", lambda m: f"{len(m.group(0))}{m.group(1)}", s)


def unrle(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))


samples = ["", "a", "aaabccddddde", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "abcabc", "zzzzzzzzzzzz"]
for s in samples:
    enc = {rle_groupby(s), rle_manual(s), rle_regex(s)}
    assert len(enc) == 1, enc
    (e,) = enc
    print(repr(e), unrle(e) == s, f"{len(e)}/{len(s)}")

look_and_say = "1"
for _ in range(8):
    print(look_and_say)
    look_and_say = rle_groupby(look_and_say)
