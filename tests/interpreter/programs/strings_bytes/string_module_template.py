import string
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.punctuation), string.punctuation[:10])
print(string.capwords('hello   big world'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes ${what}s, costs $$5')
print(t.substitute(who='Tim', what='apple'))
print(t.safe_substitute(who='Ann'))
try:
    t.substitute(who='Bob')
except KeyError as e:
    print(type(e).__name__, e)
fmt = string.Formatter()
print(fmt.format('{0}-{name}', 1, name='x'))
print(list(fmt.parse('a{0}b{x:>3}c')))
table = str.maketrans('abc', 'xyz', 'd')
print('abcdabcd'.translate(table), 'hello'.translate({ord('l'): None, ord('o'): '0'}))
