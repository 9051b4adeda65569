import string


class BraceOnly(string.Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"


t = BraceOnly("%greeting, %{name}! Cost: %%%amount")
print(t.substitute(greeting="Hi", name="Ann", amount=5))
print(t.safe_substitute({"greeting": "Yo"}))


class Braces(string.Template):
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{) |
      (?P<named>[_a-z][_a-z0-9]*)\}\} |
      (?P<braced>[_a-z][_a-z0-9]*)\}\} |
      (?P<invalid>)
    )
    """


print(Braces("Hello {{name}}, you owe {{amount}}.").substitute(name="Bo", amount=3))
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)
fmt = string.Formatter()
print(fmt.vformat("{a}/{b[0]}/{c.real}", (), {"a": 1, "b": [2], "c": 3}))


class Default(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "<missing>") if isinstance(key, str) else super().get_value(key, args, kwargs)


print(Default().format("{x} and {y} and {0}", "pos", x=1))
