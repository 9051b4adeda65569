c = complex(3, 4)
print(c, c.real, c.imag, abs(c), c.conjugate(), c * 1j, c ** 2)
print(complex('1+2j') + 1, complex(2), complex(0, -1), -1j, 1j ** 2)
print((1 + 2j) / (3 - 4j), (1 + 2j) == complex(1, 2), 2j.imag)
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex('nope')
except ValueError as e:
    print(type(e).__name__, e)
print(abs(-0.0), abs(-5), abs(2 ** 70 * -1))
print(max(1, 2.5), min(-1, -1.0), type(min(-1, -1.0)).__name__)
print(isinstance(1j, complex), repr(complex(1.5, -0.0)), complex(0, 0))
print(format(1 + 2j, '.1f'), f'{3j:>8}')
