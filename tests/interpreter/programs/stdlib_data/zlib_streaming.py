import zlib

chunks = [(f"record {i}: " + "x" * (i % 7) + "\n").encode() for i in range(200)]
co = zlib.compressobj(level=9)
compressed = b"".join(co.compress(c) for c in chunks) + co.flush()
print(len(b"".join(chunks)), len(compressed))
do = zlib.decompressobj()
out = []
for i in range(0, len(compressed), 50):
    out.append(do.decompress(compressed[i:i + 50], 64))
    while do.unconsumed_tail:
        out.append(do.decompress(do.unconsumed_tail, 64))
out.append(do.flush())
print(b"".join(out) == b"".join(chunks), do.eof, max(len(o) for o in out) <= 64)
c2 = co.copy() if False else zlib.compressobj()
print(zlib.decompress(c2.compress(b"abc") + c2.flush(zlib.Z_SYNC_FLUSH) + c2.flush()))
d2 = zlib.decompressobj()
first = d2.decompress(zlib.compress(b"hello") + b"TRAILING")
print(first, d2.unused_data, d2.eof)
dc = zlib.decompressobj()
dc.decompress(zlib.compress(b"copy me")[:5])
print(dc.copy().decompress(zlib.compress(b"copy me")[5:]))
