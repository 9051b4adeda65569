from fractions import Fraction
from decimal import Decimal
for v in [1, True, 1.5, 2j, Fraction(1, 2), Decimal('1.5')]:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (int, float)), v == v + 0, bool(v))
print(1 + True, 1 + 1.5, 1.5 + 2j, Fraction(1, 2) + 1, Fraction(1, 2) + 0.5)
print(type(1 + True).__name__, type(Fraction(1, 2) + 1).__name__, type(Fraction(1, 2) + 0.5).__name__)
print(Decimal('1.5') + 1, type(Decimal('1.5') + 1).__name__, type(Fraction(1, 2) * 1j).__name__)
try:
    Decimal('1.5') + 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Decimal('1') + Fraction(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == 1.0 == Fraction(1) == Decimal(1) == 1 + 0j)
print(sorted([Fraction(1, 3), 0.3, 1, 0.32, True, Decimal('0.5')]))
print(Fraction(Decimal('0.25')), Fraction(0.25), Decimal(Fraction(1, 4).numerator) / 4)
print(max(2, 2.0), max(2.0, 2), min(Fraction(1, 2), 0.5), int(Fraction(-7, 2)), float(Decimal('1e-3')))
