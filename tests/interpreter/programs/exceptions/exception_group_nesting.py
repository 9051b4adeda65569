def flatten(eg, depth=0):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            print('  ' * depth + f'group {e.message!r}')
            flatten(e, depth + 1)
        else:
            print('  ' * depth + repr(e))

eg = ExceptionGroup('root', [
    ValueError('v1'),
    ExceptionGroup('child', [TypeError('t1'), ValueError('v2')]),
    KeyError('k1'),
])
flatten(eg)
vals, rest = eg.split(ValueError)
print('--- values')
flatten(vals)
print('--- rest')
flatten(rest)
try:
    raise eg
except* ValueError as g:
    print('caught values', len(g.exceptions))
except* (TypeError, KeyError) as g:
    print('caught others')
    flatten(g)
print(eg.derive([ValueError('d')]).message)
