"""Tuple and list unpacking into locals (in the spirit of pyperformance's unpack_sequence).

Ten-name unpacks of a tuple and of a list, unrolled, plus the other common shapes:
swaps, starred targets, nested targets and for-loop targets.
"""


def unpack_ten(loops, seq):
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        total += a + j
    return total


def unpack_shapes(loops):
    pairs = [(i, i + 1) for i in range(20)]
    nested = [((i, i), i) for i in range(20)]
    total = 0
    for _ in range(loops):
        x, y = 1, 2
        x, y = y, x
        first, *rest = pairs
        *init, last = pairs
        for k, v in pairs:
            total += k - v
        for (p, q), r in nested:
            total += p + q - r
        total += x - y + first[0] + last[1] + len(rest) + len(init)
    return total


LOOPS = 25000
TEN = tuple(range(10))
assert unpack_ten(LOOPS, TEN) == unpack_ten(LOOPS, list(TEN)) == 9 * LOOPS
assert unpack_shapes(LOOPS // 2) == LOOPS // 2 * 229
