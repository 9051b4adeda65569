s = 'Hello, World!'
print(s[0], s[-1], s[7:12], s[:5][::-1])
print(s[::2], s[1::2])
print(s[-6:-1], s[-100:100])
words = s.split(', ')
print(words, words[1][:-1])
print(''.join(reversed(s)) == s[::-1])
palins = ['racecar', 'level', 'python', 'A']
print([w for w in palins if w == w[::-1]])
n = 1234567
print(str(n)[::-1], int(str(n)[::-1]))
text = 'abcdefghij'
print([text[i:i + 3] for i in range(0, len(text), 3)])
print(text[2:8:2], text[8:2:-2])
print(text[len(text):], repr(text[5:5]))
u = 'añb中c'
print(u[1], u[3], u[::-1], len(u))
print(s.find('World'), s[s.find('W'):])
