import io
import struct

RECORD = struct.Struct("<H10sf")
people = [(1, "Ann", 1.62), (2, "Bartholomew", 1.80), (3, "Cy", 1.75)]
buf = io.BytesIO()
for pid, name, height in people:
    buf.write(RECORD.pack(pid, name.encode()[:10], height))
data = buf.getvalue()
print(len(data), RECORD.size, len(data) // RECORD.size)
for pid, raw_name, height in RECORD.iter_unpack(data):
    print(pid, raw_name.rstrip(b"\x00").decode(), round(height, 2))
header = struct.pack(">4sHI", b"PBX1", 2, len(data))
magic, version, length = struct.unpack(">4sHI", header)
print(magic, version, length, header.hex())
print(struct.unpack("<8B", struct.pack("<d", 1.0)))
print([hex(b) for b in struct.pack(">i", -2)], struct.unpack(">i", b"\xff\xff\xff\xfe"))
