a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(a << 2, a >> 2, -a >> 1, -1 >> 10)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(~0, ~-1, ~5)
print(1 << 70)
print((1 << 70) >> 68)
x = 0xF0
x &= 0x3C
print(hex(x))
x |= 0x01
print(hex(x))
x ^= 0xFF
print(hex(x))
x <<= 3
print(x)
x >>= 1
print(x)
print(True & False, True | False, True ^ True)
print(type(True & False).__name__, type(True + True).__name__)
print((255).bit_length(), (-255).bit_length(), (0).bit_length())
print(int.bit_count(0b101101))
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
