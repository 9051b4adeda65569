import sys

n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
print("to stdout", file=sys.stdout, flush=True)
print(sys.stdout.writable(), sys.stdout.isatty(), sys.stdout.encoding)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code, repr(e))
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    raise ValueError("inner")
except ValueError:
    exc_type, exc, tb = sys.exc_info()
    print(exc_type.__name__, exc, tb is not None, sys.exception() is exc)
print(sys.exc_info(), sys.exception())
