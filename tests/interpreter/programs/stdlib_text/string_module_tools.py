import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("hello   world  of python"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}; $$5 for $who")
print(t.substitute(who="Ann", what="tea"))
print(t.safe_substitute(who="Bob"))
try:
    t.substitute(who="Cy")
except KeyError as e:
    print("KeyError:", e)
print(t.get_identifiers(), t.is_valid())


class AtTemplate(string.Template):
    delimiter = "@"


print(AtTemplate("@name is @age").substitute(name="Dee", age=7))
f = string.Formatter()
print(f.format("{0}-{1:>5}-{name!r}", "a", "b", name="n"))
print(list(f.parse("x{0}y{1:>3}z")))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello".translate(table))
