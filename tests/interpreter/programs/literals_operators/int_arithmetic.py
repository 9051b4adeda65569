a, b = 17, 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-a, b))
print(2 ** -1, 2 ** 0, 0 ** 0)
print(10 ** 20, -(10 ** 20))
print(7 // 2 * 2 + 7 % 2)
print(1_000_000 + 0x_ff + 0o17 + 0b1010)
print(0xFF, 0o777, 0b1111_0000)
print(abs(-3), -(-3), +(-3))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
x = 3
x += 4
x *= 2
x -= 1
x //= 3
x **= 2
x %= 7
print(x)
print(123456789 * 987654321)
print(2 ** 100 // 3 ** 40)
