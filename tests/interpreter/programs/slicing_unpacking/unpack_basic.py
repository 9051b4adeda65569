a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'abc'
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = [10, 20]
print(m, n)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
a, *b, c = [1, 2]
print(a, b, c)
(a, *b), c = 'xyz', 5
print(a, b, c)
one, = [42]
print(one)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
