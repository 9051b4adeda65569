from contextlib import contextmanager

@contextmanager
def managed(label, swallow=False):
    print('setup', label)
    try:
        yield label * 2
    except ValueError as e:
        print('handled in cm:', e)
        if not swallow:
            raise
    finally:
        print('teardown', label)

with managed('a') as v:
    print('got', v)
with managed('b', swallow=True):
    raise ValueError('swallowed')
try:
    with managed('c'):
        raise ValueError('reraised')
except ValueError as e:
    print('outer caught', e)
try:
    with managed('d'):
        raise KeyError('not handled')
except KeyError as e:
    print('outer caught', repr(e))

@contextmanager
def bad():
    yield 1
    yield 2

try:
    with bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
