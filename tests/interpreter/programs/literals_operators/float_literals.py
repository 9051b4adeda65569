print(1.5, 1e10, 1e-5, 1.0e100, 3.14e-10)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(1 / 3, 2 / 3, 10 / 4)
print(1e16, 1e15, 123456789012345678.0)
print(float('inf'), -float('inf'), float('nan'))
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2)
print(2.0 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(1_000.5, .5, 5., 0.0, -0.0)
print(float('1.5e3'), float('  -2.25  '), float('-inf'))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5))
print(int(3.99), int(-3.99), float(7))
print((0.1).as_integer_ratio())
print((2.5).is_integer(), (2.0).is_integer())
print(1e308 * 10, -1e308 * 10)
print(repr(1.1), str(1.1), repr(1e22), repr(1e-7))
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
