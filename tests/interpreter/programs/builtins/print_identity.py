# The sandbox's print is its own function (it writes to the session): only its name and
# behaviour are compared, not its type.
print(print.__name__, callable(print))
out = print('returns', 'None')
print(out)
for kw in [{'sep': 1}, {'end': 2}]:
    try:
        print('a', 'b', **kw)
    except TypeError as e:
        print(type(e).__name__, e)
printer = print
printer('alias works', end='!\n')
