print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0])
print((3,) > (2, 99), (1, 'b') > (1, 'a'))
print('apple' < 'banana', 'Zebra' < 'apple', 'a' < 'aa')
print('abc' > 'ab', '' < 'a', 'B' < 'a')
print([[1, 2], [1]] > [[1, 1]], max([(2, 'a'), (2, 'b'), (1, 'z')]))
words = ['pear', 'Apple', 'fig', 'apple', 'Fig']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(min('hello'), max('hello'))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')]))
print([1, 2] == [1, 2.0], (1, 2) != (1, 2))
try:
    print([1, 'a'] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((1, None) < (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print((1, None) < (2, None))
