import re
import traceback


def clean(text):
    return re.sub(r'File "[^"]*"', 'File "X"', text)


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError:
    text = traceback.format_exc()
    print(clean(text))
try:
    int("not a number")
except ValueError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    lines = traceback.format_exception(e)
    print(lines[0], end="")
    print(lines[-1], end="")
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("while looking up") from e
except RuntimeError as e:
    text = "".join(traceback.format_exception(e))
    print("direct cause" in text, text.strip().splitlines()[-1])
    print(clean("".join(traceback.format_exception(e, chain=False))))
print(traceback.format_exc())


class AppError(Exception):
    pass


try:
    raise AppError("custom")
except AppError as e:
    print(traceback.format_exception_only(e))
print(traceback.format_exception_only(None))
import json
try:
    json.loads("{bad")
except json.JSONDecodeError as e:
    print(traceback.format_exception_only(e))
