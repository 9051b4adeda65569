s = 'abc'
t = s
s += 'd'
print(s, t)
try:
    s[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
chars = list(s)
chars[0] = 'z'
print(''.join(chars), s)
print('a' * 3 == 'aaa', 'ab' + 'c' == 'abc', 'abc'[1:] == 'bc')
print(str() == '', str('x') == 'x', ''.join([]) == '')
print(min('bca'), max('bca'), sorted('bca'), 'b' in 'abc')
print('abc' < 'abd' < 'b', 'Z' < 'a', 'a' * 0 == '')
word = 'level'
print(word == word[::-1], list(enumerate(word[:3])))
print('abc'.__len__(), 'abc'.__getitem__(1), 'a'.__add__('b'), 'ab'.__mul__(2))
print('x'.__contains__('x'), 'abc'.__eq__('abc'), str.__len__('four'))
