# Base64 and hex encodings written by hand with bit operations, checked against
# bytes.hex/fromhex; URL-safe alphabet and padding rules.
import string

ALPHABET = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
URLSAFE = ALPHABET[:62] + "-_"


def b64encode(data, alphabet=ALPHABET, pad=True):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [alphabet[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out += chars[:keep] + (["="] * (4 - keep) if pad else [])
    return "".join(out)


def b64decode(text, alphabet=ALPHABET):
    text = text.rstrip("=")
    lookup = {c: i for i, c in enumerate(alphabet)}
    bits, nbits, out = 0, 0, bytearray()
    for c in text:
        if c not in lookup:
            raise ValueError(f"invalid character {c!r}")
        bits = (bits << 6) | lookup[c]
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return bytes(out)


KNOWN = {b"": "", b"f": "Zg==", b"fo": "Zm8=", b"foo": "Zm9v", b"foob": "Zm9vYg==",
         b"fooba": "Zm9vYmE=", b"foobar": "Zm9vYmFy"}
for raw, enc in KNOWN.items():
    assert b64encode(raw) == enc and b64decode(enc) == raw
print("RFC 4648 vectors ok")
data = "Grüße, sandbox! ✓".encode("utf-8")
e = b64encode(data)
print(e, b64decode(e).decode("utf-8"))
blob = bytes(range(250, 256)) + bytes([0, 62, 63])
print(b64encode(blob), b64encode(blob, URLSAFE, pad=False))
print(b64decode(b64encode(blob, URLSAFE), URLSAFE) == blob)
hexed = "".join(f"{b:02x}" for b in data)
print(hexed == data.hex(), bytes.fromhex(hexed) == data, data.hex(":", 4)[:23])
try:
    b64decode("abc$")
except ValueError as e:
    print("ValueError:", e)
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
