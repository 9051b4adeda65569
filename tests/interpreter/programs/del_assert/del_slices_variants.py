base = list(range(12))
variants = [slice(None, None, 2), slice(1, None, 3), slice(None, None, -1),
            slice(-4, None), slice(3, 8), slice(10, 2, -3), slice(5, 5)]
for sl in variants:
    tmp = base[:]
    del tmp[sl]
    print(sl.start, sl.stop, sl.step, tmp)
ba = bytearray(b'abcdefg')
del ba[1::2]
print(ba)
del ba[:]
print(ba, len(ba))
t = list('python')
del t[:2], t[-1]
print(t)
