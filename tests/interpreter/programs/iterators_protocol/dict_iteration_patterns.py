prices = {'apple': 1.2, 'bread': 2.5, 'milk': 0.99}
for name in prices:
    print(name, end=' ')
print()
for name, price in prices.items():
    print(f'{name}: {price:.2f}')
print([k for k, v in prices.items() if v > 1], sum(prices.values()))
print(sorted(prices, key=prices.__getitem__), list(zip(prices, prices.values())))
it = iter(prices.items())
print(next(it), next(it))
for k in list(prices):
    if k.startswith('b'):
        prices.pop(k)
print(prices)
nested = {'a': {'x': 1, 'y': 2}, 'b': {'z': 3}}
print([(o, i, v) for o, inner in nested.items() for i, v in inner.items()])
print(list(reversed(prices.items())), len(prices.keys()))
