rows = [('Name', 'Qty', 'Price'), ('apple', 3, 0.5), ('watermelon', 12, 3.25), ('fig', 100, 0.1)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(' | '.join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(r, widths))))
print('=' * (sum(widths) + 6))
print('abc'.center(9, '.'), 'abcd'.center(9, '.'), 'abc'.center(2))
print('7'.zfill(3), '-7'.zfill(4), '3.14'.zfill(7), 'abc'.zfill(5))
print(str(3.0), str(3.10), str(1 / 3), str(2 ** 0.5), str(1e-4), str(0.0001234))
print(str(123456789.0), str(1234567890123456789.0), str(0.1 * 3))
print(repr(str(-0.0)), str(float('inf')), str(1e22), str(1e21), str(123e-20))
print('{:>6}|{:<6}|{:^6}|'.format(1.5, -2, 'x'), f'{"":>3}|')
