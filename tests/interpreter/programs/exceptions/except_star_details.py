def handler(excs):
    try:
        raise ExceptionGroup('eg', excs)
    except* (KeyError, IndexError) as g:
        print('lookup errors:', sorted(type(e).__name__ for e in g.exceptions))
    except* ArithmeticError as g:
        print('arith:', [str(e) for e in g.exceptions])

handler([KeyError('a'), ZeroDivisionError('z'), IndexError('i')])
handler([OverflowError('o')])
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked wrapped into', type(g).__name__, repr(g.exceptions[0]), repr(g.message))
try:
    try:
        raise ExceptionGroup('outer', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError('replacement')
except ExceptionGroup as g:
    print(type(g).__name__, [type(e).__name__ for e in g.exceptions])

class MyGroup(ExceptionGroup):
    pass

try:
    raise MyGroup('custom', [ValueError('v')])
except* ValueError as g:
    print(type(g).__name__, g.message)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
