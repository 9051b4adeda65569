width, precision = 10, 3
value = 3.14159265
print(f'{value:{width}.{precision}f}|')
print(f'{value:>{width}}|')
for w in (4, 8):
    print(f'[{"x":^{w}}]')
align = '<'
fill = '.'
print(f'{"left":{fill}{align}{width}}|')
spec = '>8.2f'
print(f'{value:{spec}}|')
rows = [('apple', 1.5, 3), ('banana', 0.25, 12), ('kiwi', 10.0, 1)]
cw = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print(f'{name:<{cw}} | {price:>{6}.2f} | {qty:>{3}d} | {price * qty:>{8},.2f}')
inner = f'{f"{value:.2f}":>10}'
print(inner + '|')
print(f"{'-' * width}")
print(f'{width!r:>5}|{str(width)!s:<5}|')
