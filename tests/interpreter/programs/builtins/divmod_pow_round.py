for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3))
print(pow(2.0, 0.5), pow(0, 0), 0.0 ** 0)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5]])
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35]])
print(round(123.456, -1), round(123, -1), round(125, -1), round(135, -1))
print((-8) ** (1 / 3) == complex(-8) ** (1 / 3))
print(sum([0.1] * 10), sum([1, 2, 3], 10), sum([[1], [2]], []))
print(sum(range(101)), sum(x / 2 for x in range(4)))
