# Huffman coding with heapq; ties are broken by an insertion counter so the code
# table is deterministic.  Encodes, decodes and reports the compression ratio.
import heapq
from collections import Counter
from itertools import count


def build_codes(text):
    freq = Counter(text)
    tick = count()
    heap = [(n, next(tick), ch) for ch, n in sorted(freq.items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, next(tick), (a, b)))
    codes = {}

    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix
    walk(heap[0][2], "")
    return codes


def decode(bits, codes):
    inverse = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in inverse:
            out.append(inverse[cur])
            cur = ""
    assert cur == ""
    return "".join(out)


for text in ["abracadabra", "mississippi river", "aaaaaaa", "the rain in spain stays mainly in the plain"]:
    codes = build_codes(text)
    bits = "".join(codes[c] for c in text)
    assert decode(bits, codes) == text
    table = " ".join(f"{c!r}:{codes[c]}" for c in sorted(codes))
    print(f"{len(bits):4d} bits vs {8 * len(text):4d}  {len(bits) / (8 * len(text)):.3f}  {table}")
    # prefix-free check
    vals = sorted(codes.values())
    print(all(not b.startswith(a) for a, b in zip(vals, vals[1:])))
