print(format(1234.5678, ',.2f'), format(42, 'b'), format('txt', '^9'))
print(format(0.5, '.0%'), format(-7, '+05d'), format(7, 'x'))
print(format(12345678, '_x'), format(3.0, 'g'), format(1e-10, 'g'))
print(format(123, ''), format('abc', ''), format(None, ''))
try:
    format(5, 's')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format('abc', 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format([1], '>5')
except TypeError as e:
    print(type(e).__name__, e)
print(format(True, '>6'), format(True, 'd'), format(2 ** 70, ','))
print(format(-0.0, ''), format(1.0, ''), format(1e16, ''), format(10 ** 16 * 1.0, '.1f'))
