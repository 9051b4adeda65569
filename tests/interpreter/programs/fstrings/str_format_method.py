print('{} {}'.format('a', 'b'))
print('{1} {0} {1}'.format('x', 'y'))
print('{name} is {age}'.format(name='Bo', age=4))
print('{0[0]} {0[1]} {1[k]}'.format(['p', 'q'], {'k': 'v'}))

class O:
    attr = 'attribute'

print('{0.attr} {o.attr}'.format(O(), o=O()))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
print('{:08.3f} {:,d} {:x}'.format(3.14159, 1234567, 255))
print('{{}} {}'.format('braces'))
print('{0:{1}}|'.format('w', 5))
try:
    '{} {}'.format('only one')
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{missing}'.format()
except KeyError as e:
    print(type(e).__name__, e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
print('{:d}'.format(True), '{!r}'.format('s'), '{:%}'.format(0.5))
print('%s|%5s|%-5s|%.2s' % ('a', 'b', 'c', 'def'))
