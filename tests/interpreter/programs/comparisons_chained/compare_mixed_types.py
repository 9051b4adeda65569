print(1 == 1.0, 1 == 1 + 0j, True == 1, False == 0.0)
print(1 < 1.5 < 2, 2 ** 53 + 1 == float(2 ** 53 + 1))
print('1' == 1, [1] == (1,), None == 0)
print([1, 2] == [1, 2], (1, [2]) == (1, [2]), {'a': 1} == {'a': 1.0})
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}))
pairs = [(1, '1'), ('a', 1), ([], ()), (None, 0), (1, None)]
for a, b in pairs:
    try:
        print(repr(a), '<', repr(b), a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print(float('nan') == float('nan'), float('nan') != float('nan'))
nan = float('nan')
print(nan < 1, nan > 1, [nan] == [nan])
print(1 != 2, not 1 == 2, 'abc' != 'abc')
print(range(0) == range(2, 2), range(3) == range(0, 3, 1))
print(b'abc' == 'abc', b'abc' < b'abd')
