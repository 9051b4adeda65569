s1 = 'single'
s2 = "double"
s3 = '''triple
single'''
s4 = """triple "double" """
print(s1, s2, s3, s4)
print('it\'s', "say \"hi\"", 'tab\there', 'new\nline')
print(r'raw\nstring', R"raw\t")
print('\x41\u00e9\N{GREEK SMALL LETTER ALPHA}\101')
print('concat' 'enated' "strings")
print(len('\n'), len(r'\n'), len('\\'))
print(repr('a\'b"c'), repr("a'b"), repr('a"b'))
print(repr('\t\n\r\x00\x7f'))
print(repr('é ü 中'))
print('abc' * 3, 3 * 'x', 'a' + 'b')
print('' * 5 == '', 'ab' * 0, 'ab' * -1)
print(('%s-%d-%05.2f' % ('a', 42, 3.14159)))
print('%r %x %o %e %%' % ('q', 255, 8, 12345.678))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%-6s|%6s|' % ('ab', 'cd'))
print(b'bytes', rb'\n', b'\x00\xff')
print("""line1
line2\
continued""")
