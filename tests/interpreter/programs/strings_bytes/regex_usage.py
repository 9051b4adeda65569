import re
text = 'Contact: alice@example.com, bob.smith@test.org; phone 555-1234 or 555-9876.'
print(re.findall(r'[\w.]+@[\w.]+\w', text))
print(re.findall(r'(\d{3})-(\d{4})', text))
m = re.search(r'(?P<user>\w+)@(?P<domain>[\w.]+\w)', text)
print(m.group(), m.group('user'), m.group(2), m.span(), m.groupdict())
print(re.sub(r'\d', '#', 'a1b22c333'), re.sub(r'(\w+)@', r'<\1>@', 'x@y z@w'))
print(re.split(r'[,;]\s*', 'a, b;c,d'), re.split(r'(\d)', 'a1b2c'))
print(re.match(r'\d+', 'abc123'), re.match(r'\d+', '123abc').group())
print(re.fullmatch(r'[a-z]+', 'abc') is not None, re.fullmatch(r'[a-z]+', 'abc1'))
pat = re.compile(r'\b(\w)(\w*)\b')
print(pat.sub(lambda m: m.group(1).upper() + m.group(2), 'hello big world'))
print([m.start() for m in re.finditer('o', 'foo boo')])
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace ').strip(), re.escape('a.b*c'))
print(re.findall(r'(?i)hello', 'Hello HELLO hello'), re.subn('a', 'b', 'banana'))
try:
    re.compile('(unclosed')
except re.error as e:
    print(type(e).__name__, e)
