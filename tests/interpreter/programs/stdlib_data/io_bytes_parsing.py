import io
import struct

stream = io.BytesIO()
for i in range(5):
    name = f"item{i}".encode()
    stream.write(struct.pack("<B", len(name)) + name + struct.pack("<i", i * 100 - 150))
stream.seek(0)
items = []
while True:
    size = stream.read(1)
    if not size:
        break
    name = stream.read(size[0]).decode()
    (value,) = struct.unpack("<i", stream.read(4))
    items.append((name, value))
print(items)
print(stream.tell(), stream.seek(0, io.SEEK_END), stream.getbuffer().nbytes)
stream.seek(2)
print(stream.read(3), stream.readable(), stream.writable(), stream.seekable())
lines = io.BytesIO(b"a\nbb\nccc")
print(lines.readlines(), io.BytesIO(b"x\ny").readline())
