import math
print(math.pi, math.e, math.tau, math.inf)
print(math.sqrt(2), math.sqrt(16), math.cbrt(27))
print(math.sin(math.pi / 6), math.cos(0), round(math.tan(math.pi / 4), 12))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0), math.exp(1))
print(math.factorial(10), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.fsum([1e100, 1.0, -1e100]))
print(math.dist((0, 0), (3, 4)), math.gcd(0, 0), math.gcd(-12, 18), math.isqrt(99))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.floor(3.999), math.ceil(3.001), math.comb(5, 0), math.comb(3, 5))
