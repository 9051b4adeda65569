b = b'Hello, Bytes!'
print(b[0], b[-1], b[:5], b[::-1], len(b))
print(b.upper(), b.lower(), b.split(b', '), b.replace(b'Bytes', b'World'))
print(b.find(b'B'), b.count(b'l'), b.startswith(b'He'), b'l' in b, 108 in b)
print(list(b'abc'), bytes(3), bytes(range(65, 70)), bytes([0, 255]))
print(b'abc' + b'def', b'ab' * 3, b'%d-%s' % (5, b'x'))
print(b'x'.join([b'a', b'b', b'c']), b'  pad '.strip(), b'a,b'.partition(b','))
print(b'\x00\x01\xff'.hex(), b'\x00\x01\xff'.hex(':'), bytes.fromhex('deadbeef'))
try:
    b'abc' + 'def'
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b'x'[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b'abc' == b'abc', b'abc' < b'abd', b'' == bytes(), repr(b"it's"), repr(b'"q"'))
print(int.from_bytes(b'\x00\x10', 'big'), (4096).to_bytes(3, 'little'), b'A'.isalpha(), b'1'.isdigit())
