import re
import traceback


def clean(text):
    return re.sub(r'File "[^"]*"', 'File "X"', text)


def parse(value):
    try:
        return int(value)
    except ValueError:
        raise TypeError(f"cannot parse {value!r}")


try:
    parse("abc")
except TypeError as e:
    print(clean("".join(traceback.format_exception(e))))
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second") from None
except ValueError as e:
    print(clean("".join(traceback.format_exception(e))))


def recurse(n):
    if n == 0:
        raise RecursionError("bottom reached")
    return recurse(n - 1)


try:
    recurse(3)
except RecursionError as e:
    text = clean(traceback.format_exc())
    print(text.count("in recurse"), text.splitlines()[-1])
try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
except ExceptionGroup as e:
    print(traceback.format_exception_only(e))
e = ValueError("with a note")
e.add_note("extra context")
print(traceback.format_exception_only(e))
