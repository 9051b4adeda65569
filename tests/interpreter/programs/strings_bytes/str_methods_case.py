s = 'hello World, hello Python'
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), sep='\n')
print('ß'.upper(), 'ǅ'.lower(), 'straße'.casefold(), "they're bill's".title())
print(s.count('hello'), s.count('l'), s.count('l', 5, 15), s.count(''))
print(s.find('World'), s.find('xyz'), s.rfind('hello'), s.index('Python'))
try:
    s.index('Java')
except ValueError as e:
    print(type(e).__name__, e)
print(s.startswith('hello'), s.endswith(('Python', 'Java')), s.startswith('World', 6))
print('abc'.isalpha(), 'abc1'.isalnum(), '123'.isdigit(), '½'.isnumeric(), '²'.isdecimal())
print('   '.isspace(), ''.isspace(), 'Title Case'.istitle(), 'UP'.isupper(), 'low'.islower())
print('var_1'.isidentifier(), '1var'.isidentifier(), 'abc'.isascii(), 'é'.isascii())
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'aaa'.replace('', '-'))
