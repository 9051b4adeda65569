n = 0b10110110
print(n, n.bit_length(), n.bit_count(), bin(n >> 3), bin(n & 0xF))
print(int.bit_count(255), (2 ** 64 - 1).bit_count(), (-8).bit_length())
print((10).as_integer_ratio(), (5).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print(int('zz', 36), int('-0x1f', 16), int('0o17', 0), int('1_0', 0))

def bits(x, width=8):
    return format(x & (2 ** width - 1), f'0{width}b')

print(bits(5), bits(-5), bits(-1), bits(255 << 1), bits(~5))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags, flags ^ 7)
x = 12345
print(x & -x, x & (x - 1), (x >> 4) << 4, -x >> 3, -x // 8)
print(sum(1 << i for i in range(8)), [i for i in range(10) if (0b1010010010 >> i) & 1])
print(True << 3, 1 << 0, 5 >> 10, (-5) >> 10)
