pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f'{a:>4} {b:>3} -> q={q:>3} r={r:>3} check={q * b + r == a} trunc={int(a / b):>3}')
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__, 2 ** 62 / 2 ** 61)
print(10 ** 20 // 3, 10 ** 20 / 3, (10 ** 20) % 7, -(10 ** 20) // 7)
print(7.0 // 2, -7.0 // 2, 7 % 2.5, -7 % 2.5, 7.5 // -2)
print(divmod(10 ** 30, 7), divmod(-1, 10 ** 30))
for expr in ['1 // 0', '1 % 0', '1.0 / 0', '0 ** -1']:
    try:
        a, op, b = expr.split()
        a, b = (float(a) if '.' in a else int(a)), int(b)
        result = {'//': lambda: a // b, '%': lambda: a % b, '/': lambda: a / b, '**': lambda: a ** b}[op]()
    except ZeroDivisionError as e:
        print(expr, '->', type(e).__name__, e)
