a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [99]
print(a)
a[1:3] = []
print(a)
a[::2] = 'ABCDE'
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del a[::3]
print(a)
del a[-2:]
print(a)
b = [1, 2, 3]
b[1:2] = range(5)
print(b)
c = list('hello')
c[::-1] = c
print(c)
d = [0] * 5
d[1:4] = (7,)
print(d)
try:
    'abc'[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
