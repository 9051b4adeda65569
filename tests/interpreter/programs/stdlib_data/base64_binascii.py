import base64
import binascii

data = b"PythonBox \x00\xff sandbox"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                 (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode),
                 (base64.b85encode, base64.b85decode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.encodebytes(b"x" * 60))
print(base64.standard_b64encode(b"\xfb\xff"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.b64decode("aGVsbG8=") , base64.b64decode(b"aGVs bG8=", validate=False))
try:
    base64.b64decode(b"not*valid", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x01\xab"), binascii.hexlify(b"\x01\xab\xcd", "-"), binascii.unhexlify("01ab"))
print(binascii.b2a_hex(b"hi"), binascii.a2b_hex(b"6869"))
print(binascii.crc32(b"hello"), binascii.crc_hqx(b"hello", 0))
print(binascii.b2a_base64(b"abc"), binascii.a2b_base64(b"YWJj\n"))
print(binascii.b2a_qp(b"caf\xe9 = ok"), binascii.a2b_qp(b"caf=E9"))
print(binascii.b2a_uu(b"uu data"), binascii.a2b_uu(binascii.b2a_uu(b"uu data")))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(base64.MAXLINESIZE, base64.MAXBINSIZE)
