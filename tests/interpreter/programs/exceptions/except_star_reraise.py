def show(label, eg):
    print(label, type(eg).__name__, repr(eg.message), [repr(e) for e in eg.exceptions])

try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
    except* ValueError as g:
        show('handler got', g)
        raise
except ExceptionGroup as eg:
    show('bare raise keeps structure', eg)

try:
    try:
        raise ExceptionGroup('many', [ValueError('a'), TypeError('b'), ValueError('c')])
    except* ValueError:
        raise
    except* TypeError:
        raise
except ExceptionGroup as eg:
    show('both re-raised', eg)

try:
    raise TypeError('naked')
except* TypeError as g:
    print(repr(g), type(g.exceptions).__name__, g.args)

try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('new')
except ExceptionGroup as eg:
    show('raised in handler', eg)
    print('context:', repr(eg.exceptions[0].__context__))
