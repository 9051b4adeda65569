z = 3 + 4j
w = complex(1, -1)
print(z + w, z - w, z * w, z / w, z ** 2, z ** 0.5)
print(z.real, z.imag, z.conjugate(), abs(z), abs(w))
print(z == complex(3, 4), z != w, 1j * 1j, (1j) ** 2 == -1)
print(complex('2-3j'), complex(' 1.5+0.5j '), complex(5), complex(0, 0) == 0)
print(repr(1j), repr(-1j), repr(complex(-0.0, 1)), repr(complex(1, 0)), str(2 + 0j))
print(f'{z:.2f}', f'{w:+.1f}', format(1.5 + 2.25j, '.3g'))
roots = [complex(0.5, 0.8660254037844386) ** k for k in range(6)]
print([f'{r.real:+.2f}{r.imag:+.2f}j' for r in roots])
try:
    z < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(z)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(z, complex), type(z.real).__name__, hash(1 + 0j) == hash(1))
print(sum([1j, 2, 3.5]), pow(2j, 3), (1 + 1j) ** 8)
