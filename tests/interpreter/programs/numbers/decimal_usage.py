from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
a = Decimal('0.1')
b = Decimal('0.2')
print(a + b, a + b == Decimal('0.3'), Decimal(0.1))
print(Decimal('1.10') + Decimal('2.205'), Decimal('10') / Decimal('3'))
print(Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal('2.675').quantize(Decimal('0.01')))
print(Decimal('7.89').quantize(Decimal('1'), rounding=ROUND_DOWN), round(Decimal('2.5')), round(Decimal('3.14159'), 2))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(getcontext().prec, Decimal(1) / Decimal(7))
print(Decimal('1e3'), Decimal('1E+3').normalize(), Decimal('100').normalize(), Decimal('-0'))
print(Decimal('3.5').sqrt() if False else Decimal(2).sqrt(), Decimal(10) ** 20, Decimal('1.5') * 2)
print(sum([Decimal('0.1')] * 10), max(Decimal('1.5'), Decimal('1.50')), Decimal('1.5') == 1.5)
print(repr(Decimal('3.00')), str(Decimal('3.00')), float(Decimal('3.25')), int(Decimal('-3.9')))
try:
    Decimal('abc')
except InvalidOperation as e:
    print(type(e).__name__)
try:
    Decimal(1) / Decimal(0)
except ArithmeticError as e:
    print(type(e).__name__)
print(Decimal('12.345').as_tuple(), Decimal('-1.5').copy_abs(), Decimal('5').compare(Decimal('3')))
