line = '  alpha, beta,,gamma ,  '
print(line.split(','), line.split(), line.strip().split(', '))
print('a b  c'.split(' '), 'a b  c'.split(), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print(''.split(','), ''.split(), '   '.split())
print('line1\nline2\r\nline3\n'.splitlines(), 'x\ny\n'.splitlines(keepends=True))
print('-'.join(['a', 'b', 'c']), ''.join(reversed('abc')), ', '.join(map(str, range(4))))
try:
    ', '.join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(repr('  pad  '.strip()), repr('  pad  '.lstrip()), repr('  pad  '.rstrip()))
print('xxhixx'.strip('x'), 'www.example.com'.strip('cmowz.'), '\t\n x \n'.strip())
print('key=value=more'.partition('='), 'no sep'.partition('='), 'a=b=c'.rpartition('='))
print('prefix_name'.removeprefix('prefix_'), 'file.txt'.removesuffix('.txt'), 'x'.removeprefix('y'))
print('a\tb\tc'.expandtabs(4), 'ab'.center(6, '*'), 'ab'.ljust(5, '-'), 'ab'.rjust(5))
