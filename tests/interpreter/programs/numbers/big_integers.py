import math
f = math.factorial(30)
print(f, len(str(f)), f % 1000007)
print(2 ** 200, (2 ** 200).bit_length(), -(2 ** 100) // 3, -(2 ** 100) % 7)
print(math.comb(50, 25), math.perm(10, 3), math.gcd(2 ** 40, 6 ** 20), math.lcm(12, 18, 30))
print(math.isqrt(10 ** 30 + 12345), pow(3, 10 ** 6, 10 ** 9 + 7))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b, b // a, b % a, divmod(b, a))
print(a.to_bytes(13, 'big').hex(), int.from_bytes(a.to_bytes(13, 'little'), 'little') == a)
print(hex(a), a ^ b, a & b, a | b >> 10)
print(str(10 ** 50)[:10], float(10 ** 50), 10 ** 50 == 1e50, int(1e50) == 10 ** 50)
fib = [0, 1]
for _ in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[-1], sum(int(d) for d in str(fib[-1])))
