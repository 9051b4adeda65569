ba = bytearray(b'hello')
ba[0] = ord('H')
ba.append(33)
ba.extend(b' world')
print(ba, len(ba))
ba[1:5] = b'EY'
print(ba)
del ba[-6:]
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba)
ba.reverse()
print(ba, bytes(ba), ba.decode())
ba2 = bytearray(3)
print(ba2, bytearray([1, 2]) + b'\x03', bytearray('é', 'utf-8'))
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba.append('x')
except TypeError as e:
    print(type(e).__name__, e)
ba3 = bytearray(b'aXbXc')
print(ba3.split(b'X'), ba3.replace(b'X', b'--'), ba3.upper(), ba3.find(b'b'))
print(bytearray(b'abc') == b'abc', type(bytearray(b'x') + b'y').__name__)
