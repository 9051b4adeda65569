import io
import re
import sys
import traceback
from contextlib import redirect_stderr


def failing():
    return [][1]


def clean(text):
    return re.sub(r'File "[^"]*"', 'File "X"', text)


out = io.StringIO()
try:
    failing()
except IndexError:
    traceback.print_exc(file=out)
print(clean(out.getvalue()))
buf = io.StringIO()
with redirect_stderr(buf):
    try:
        failing()
    except IndexError:
        traceback.print_exc()
print(re.sub(r'File "[^"]*"', 'File "X"', buf.getvalue()).count("IndexError"))
try:
    raise ValueError("shown with print_exception")
except ValueError as e:
    out = io.StringIO()
    traceback.print_exception(e, file=out)
    traceback.print_exception(type(e), e, e.__traceback__, file=out)
    print(clean(out.getvalue()), file=sys.stdout)
