# How builtins show themselves: repr and str of print and other builtins, their
# __name__ and __qualname__, and builtin methods bound to objects.
for f in (print, len, sorted, isinstance, getattr, hasattr, abs, max, min, iter, next, repr,
          callable, input, dir, vars, format, round, sum, any, all, chr, ord, divmod, hash, id):
    print(repr(f), str(f) == repr(f), f.__name__, f.__qualname__)
print(print)
print(f"{print!r} {len!s}")
print([print, len])
print({"p": print})
print(repr([].append)[:33], repr("".join)[:31])
print(type(len).__name__, type([].append).__name__)
print(repr(int), repr(object), repr(type), repr(str.upper)[:25])
print(callable(print), print.__name__ == "print")
