from fractions import Fraction as F
a = F(1, 3)
b = F(2, 6)
print(a, b, a == b, a + F(1, 6), a * 3, a / 4, a ** 2, -a, abs(-a))
print(F('0.75'), F('3/4'), F(0.5), F(1.1).limit_denominator(100), F(3.14159).limit_denominator(1000))
print(a.numerator, a.denominator, float(a), int(F(7, 2)), round(F(7, 2)), round(F(5, 2)))
print(F(1, 2) < 0.6, F(1, 2) == 0.5, F(1, 3) + 1, 1 - F(1, 3), F(3, 4) // F(1, 3), F(3, 4) % F(1, 3))
print(sum(F(1, n) for n in range(1, 7)), repr(F(6, 4)), F(-3, -6), F(3, -6))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
h = [F(1, n * (n + 1)) for n in range(1, 10)]
print(sum(h), max(h), min(h), sorted([F(2, 3), F(1, 2), F(3, 4)]))
print(F(1, 3) + 0.5, type(F(1, 3) + 0.5).__name__, F(2, 1) ** F(1, 2))
print(F(10).as_integer_ratio(), hash(F(1, 2)) == hash(0.5), f'{F(1, 3)}', str(F(4, 2)))
