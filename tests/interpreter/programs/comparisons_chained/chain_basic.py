x = 5
print(1 < x < 10, 1 < x > 10, 1 <= 5 <= 5, 1 < 2 < 3 < 4 < 5)
print(0 < x != 5, x == 5 == 5.0, 3 > 2 > 2)
print(1 < 2 > 0 < 3 != 4 == 4)
print(-1 < 0 <= 0 < 1)
a, b, c = 3, 3, 4
print(a == b < c, a < b == c, a is not b is not c)
print('a' < 'b' < 'c', 'abc' < 'abd' < 'b')
print([1, 2] < [1, 3] <= [1, 3], (1, 2) < (1, 2, 0))
print(1 < 2 in [2, 3], 2 in [1, 2] in [[1, 2]])
print(x not in [1, 2] is not False)
for v in range(-1, 4):
    print(v, 0 <= v < 3)
