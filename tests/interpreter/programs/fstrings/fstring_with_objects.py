import datetime
import decimal
import fractions
d = datetime.date(2024, 3, 9)
print(f'{d}', f'{d:%Y/%m/%d}', f'{d:%A %d %B}', f'{d!r}')
dt = datetime.datetime(2023, 12, 31, 23, 59, 7)
print(f'{dt}', f'{dt:%H:%M:%S}', f'{dt.isoformat()}')
td = datetime.timedelta(days=1, hours=2, minutes=3)
print(f'{td}', f'{td.total_seconds():.0f}')
dec = decimal.Decimal('3.14159')
print(f'{dec}', f'{dec:.2f}', f'{dec!r}', f'{dec:>10.3}|')
fr = fractions.Fraction(3, 4)
print(f'{fr}', f'{fr!r}', f'{float(fr):.3f}')
c = 3 + 4j
print(f'{c}', f'{c:.2f}', f'{abs(c)}')
print(f'{b"bytes"}', f'{bytearray(b"ba")}')
print(f'{range(3)}', f'{slice(1, 2)}', f'{type(d).__name__}')
