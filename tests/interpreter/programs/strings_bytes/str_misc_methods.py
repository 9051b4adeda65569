s = 'Mississippi'
print(s.index('ss'), s.rindex('ss'), s.find('ss', 3), s.rfind('i', 0, 5))
print(s.split('ss'), s.split('s'), s.count('ss'), s.count('i', 2))
print(s.lower().count('s'), s.replace('ss', 'SS', 1), s.strip('Mi'))
print([s[i:i + 2] for i in range(0, len(s), 2)])
print(sorted(s), sorted(set(s)), ''.join(sorted(s, key=s.index)))
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
print('%s has %d chars' % (s, len(s)), s.ljust(14, '.') + '|')
print('a-b_c d'.replace('-', ' ').replace('_', ' ').split())
print('CamelCaseString'.swapcase(), ''.join(c if c.islower() else ' ' + c for c in 'camelCaseString'))
print('x'.join('abc'), 'abc'.join(['', '']), str.join(',', 'xyz'))
print('one two three'.title().split(), 'Ends With Dot.'.endswith('.'))
