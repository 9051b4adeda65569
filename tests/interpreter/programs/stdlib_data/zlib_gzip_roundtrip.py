import gzip
import zlib

text = ("to be or not to be, that is the question. " * 50).encode()
c = zlib.compress(text)
print(len(text), len(c), zlib.decompress(c) == text)
print(zlib.compress(b"abc", 9).hex(), zlib.compress(b"abc", level=0).hex())
print(zlib.crc32(text), zlib.adler32(text), zlib.crc32(b"b", zlib.crc32(b"a")) == zlib.crc32(b"ab"))
co = zlib.compressobj(6, zlib.DEFLATED, -15)
raw = co.compress(text) + co.flush()
print(zlib.decompress(raw, -15) == text, zlib.decompress(raw, wbits=-15)[:10])
do = zlib.decompressobj()
part = do.decompress(c, 100)
print(len(part), len(do.unconsumed_tail) > 0, do.eof)
rest = do.decompress(do.unconsumed_tail)
print(len(part) + len(rest) == len(text), do.eof, do.unused_data)
do2 = zlib.decompressobj()
out = b""
for i in range(0, len(c), 37):
    out += do2.decompress(c[i:i + 37])
out += do2.flush()
print(out == text)
try:
    zlib.decompress(b"garbage")
except zlib.error as e:
    print("zlib.error:", e)
try:
    zlib.decompress(c[:20])
except zlib.error as e:
    print("zlib.error:", e)
g = gzip.compress(text, compresslevel=5, mtime=0)
print(g[:4].hex(), gzip.decompress(g) == text)
print(gzip.decompress(gzip.compress(b"one", mtime=0) + gzip.compress(b"two", mtime=0)))
try:
    gzip.decompress(b"not gzip at all")
except gzip.BadGzipFile as e:
    print("BadGzipFile:", e)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED)
