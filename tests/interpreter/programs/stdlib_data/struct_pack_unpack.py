import struct

packed = struct.pack("<I2sh?d", 1024, b"ok", -2, True, 3.5)
print(packed.hex(), len(packed), struct.calcsize("<I2sh?d"))
print(struct.unpack("<I2sh?d", packed))
print(struct.pack(">HHL", 1, 2, 3).hex(), struct.calcsize(">HHL"), struct.calcsize("@HHL"))
print(struct.unpack_from("<h", b"\x00\x01\x02\x03", offset=1))
buf = bytearray(8)
struct.pack_into("<ii", buf, 0, 7, -7)
print(bytes(buf).hex())
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
s = struct.Struct("!3sBf")
print(s.size, s.format, s.pack(b"abc", 255, 1.5).hex(), s.unpack(s.pack(b"xyz", 1, 0.25)))
print(struct.pack("5p", b"hi"), struct.pack("e", 1.5).hex(), struct.pack("q", -1).hex())
for fmt, args in [("b", (200,)), ("i", ("x",)), ("2s", (b"a", b"b"))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"ab")
except struct.error as e:
    print("struct.error:", e)
