import io
import sys
from contextlib import redirect_stderr, redirect_stdout


def noisy(n):
    for i in range(n):
        print("line", i)
    print("oops", file=sys.stderr)
    return n * 2


out, err = io.StringIO(), io.StringIO()
with redirect_stdout(out), redirect_stderr(err):
    result = noisy(3)
print(result, repr(out.getvalue()), repr(err.getvalue()))
inner, outer = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner) as target:
        print("inner", target is inner)
        sys.stdout.write("via sys.stdout\n")
    print("outer 2")
print(repr(inner.getvalue()), repr(outer.getvalue()))
try:
    with redirect_stdout(io.StringIO()):
        print("lost")
        raise KeyError("k")
except KeyError:
    print("restored after an error")


def capture(fn, *args):
    buf = io.StringIO()
    with redirect_stdout(buf):
        fn(*args)
    return buf.getvalue().splitlines()


print(capture(noisy.__call__, 2) if False else capture(print, "x", "y"))
