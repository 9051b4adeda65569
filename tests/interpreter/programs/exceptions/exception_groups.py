def raise_group():
    raise ExceptionGroup('multiple failures', [
        ValueError('bad value'),
        TypeError('bad type'),
        ValueError('another value'),
    ])

try:
    raise_group()
except* ValueError as eg:
    print('values:', [str(e) for e in eg.exceptions], type(eg).__name__)
except* TypeError as eg:
    print('types:', [str(e) for e in eg.exceptions])
try:
    try:
        raise_group()
    except* TypeError:
        print('handled TypeError only')
except ExceptionGroup as rest:
    print('remaining:', rest.message, [repr(e) for e in rest.exceptions])
eg = ExceptionGroup('top', [KeyError('k'), ExceptionGroup('nested', [IndexError(1), KeyError('j')])])
print(repr(eg.exceptions[0]), eg.message, str(eg))
match, rest = eg.split(KeyError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, IndexError)))
try:
    raise ExceptionGroup('x', [])
except ValueError as e:
    print(type(e).__name__, e)
