print('%d items cost $%.2f' % (3, 9.5))
print('%5d|%-5d|%05d' % (42, 42, 42))
print('%x %X %o %e %E %g' % (255, 255, 8, 1500.0, 0.00015, 0.00001))
print('%c%c' % (72, 'i'))
print('%s %r %a' % ('s', 's', 'é'))
print('%%d literal, %s' % 'value')
print('%(a)s-%(b)03d' % {'a': 'x', 'b': 7})
print('%*d|%-*s|' % (5, 1, 4, 'ab'))
print('%.3s' % 'truncate')
print('%s' % (1, ) , '%s' % [1, 2])
try:
    print('%d' % 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('%s %s' % ('only',))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('%s' % (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print(b'%s=%d' % (b'k', 5))
