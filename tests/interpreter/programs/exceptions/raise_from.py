class AppError(Exception):
    pass

def load(key):
    try:
        return {'a': 1}[key]
    except KeyError as e:
        raise AppError(f'missing {key}') from e

try:
    load('z')
except AppError as e:
    print(type(e).__name__, e)
    print('cause:', repr(e.__cause__))
    print('context:', repr(e.__context__))
    print('suppress:', e.__suppress_context__)

def hide():
    try:
        int('x')
    except ValueError:
        raise AppError('hidden cause') from None

try:
    hide()
except AppError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise AppError('explicit') from ValueError('made up')
except AppError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise AppError('bad cause') from 5
except TypeError as e:
    print(type(e).__name__, e)
