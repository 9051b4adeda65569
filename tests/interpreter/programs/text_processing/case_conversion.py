# Identifier case conversions (snake, camel, kebab, title) with regex and by hand.
import re


def split_words(name):
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", name)
    return [w.lower() for w in re.split(r"[\s_\-]+", name) if w]


def snake(name):
    return "_".join(split_words(name))


def camel(name):
    first, *rest = split_words(name)
    return first + "".join(w.capitalize() for w in rest)


def pascal(name):
    return "".join(w.capitalize() for w in split_words(name))


def kebab(name):
    return "-".join(split_words(name))


for name in ["helloWorld", "HTTPServerError", "parse_json_value", "already-kebab-case",
             "XMLHttpRequest", "getHTTP2Response", "  spaced   out words ", "a", "ABC"]:
    print(f"{name!r:24} {snake(name):24} {camel(name):20} {pascal(name):20} {kebab(name)}")

print("the quick BROWN fox".title(), "o'neil's".title(), "hello world".capitalize())
print("ß".upper(), "İ".lower().encode("utf-8"), "Straße".casefold() == "strasse".casefold())
print("ǅ".istitle(), "Hello World".swapcase())
