print(int('42'), int('-17'), int('  8  '), int('0'))
print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('777', 8))
print(int('1010', 2), int('0b1010', 0), int('z', 36), int('1_000'))
print(int(3.7), int(-3.7), int(True), int(1e3))
print(hex(255), oct(8), bin(5), hex(-255))
print(str(123), repr(-5), ascii('é'))
for bad in ['abc', '1.5', '', '0x10']:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('12', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
print((1024).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff', 'big', signed=True))
print(float('3'), float(2 ** 53 + 1), complex('1+2j'))
