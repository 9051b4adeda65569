s = 'héllo wörld €'
b = s.encode('utf-8')
print(b, len(s), len(b))
print(b.decode('utf-8') == s)
print(s.encode('latin-1', errors='replace'), s.encode('ascii', errors='ignore'))
print(s.encode('ascii', errors='xmlcharrefreplace'), s.encode('ascii', errors='backslashreplace'))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xff\xfe'.decode('utf-8', errors='replace'), b'caf\xe9'.decode('latin-1'))
print('€'.encode('utf-16-le'), 'A'.encode('utf-32-be'))
print(bytes([104, 105]).decode(), 'abc'.encode().hex(), bytes.fromhex('68 69'))
