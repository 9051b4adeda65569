sales = [
    ('North', 12500.5, 0.12),
    ('South', 8300.0, -0.045),
    ('East', 15020.75, 0.3),
    ('West', 990.125, 0.0),
]
header = f"{'Region':<8}|{'Revenue':>12}|{'Growth':>8}"
print(header)
print('-' * len(header))
total = 0.0
for region, revenue, growth in sales:
    total += revenue
    print(f'{region:<8}|{revenue:>12,.2f}|{growth:>+8.1%}')
print('-' * len(header))
print(f"{'Total':<8}|{total:>12,.2f}|{'':>8}")
best = max(sales, key=lambda s: s[2])
print(f'Best: {best[0]!r} at {best[2]:.0%}')
