s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], s[2:5:-1])
t = 'abcdefgh'
print(t[1:4], t[::-1], t[-1], t[-2::-2], t[::3])
print((1, 2, 3, 4)[1:3], (1, 2, 3)[::-1])
print(s[slice(1, 8, 3)], t[slice(None, None, -2)])
sl = slice(2, 9, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5))
print(slice(None).indices(4), slice(-2, None).indices(10))
print(range(10)[2:8:2], range(10)[::-1][:3])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[12]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[20]
except IndexError as e:
    print(type(e).__name__, e)
print(b'hello'[1:3], b'hello'[1], bytearray(b'xyz')[::-1])
