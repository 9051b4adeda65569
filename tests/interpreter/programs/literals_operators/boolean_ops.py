print(True and False, True or False, not True, not 0)
print(0 or 'default', '' or [] or None, 1 and 2 and 3, 1 and 0 and 3)
print([] and 'x', [0] and 'x', None or 0)

def t(name, val):
    print('eval', name)
    return val

print(t('a', 0) and t('b', 1))
print(t('a', 1) or t('b', 1))
print(t('a', 1) and t('b', 0) or t('c', 'c'))
print(not t('x', '') and t('y', 'yes'))
print(bool(0), bool(0.0), bool(0j), bool(''), bool(()), bool([]), bool({}))
print(bool(1), bool(-1), bool('0'), bool([0]), bool(None))
print(True + True, True * 10, False - 1, True / 2)
print(True == 1, False == 0, True == 1 == 1.0)
print(int(True), str(False), repr(True))
x = 5
print(0 < x and x < 10, not x > 3, not (x == 5 or x == 6))
print(1 if x else 2, 'y' if not x else 'n')
print(isinstance(True, int), issubclass(bool, int))
