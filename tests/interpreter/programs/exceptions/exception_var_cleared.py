try:
    raise ValueError('temp')
except ValueError as exc:
    saved = exc
try:
    print(exc)
except NameError as e:
    print(type(e).__name__, e)
print('saved', repr(saved))
exc = 'preexisting'
try:
    raise KeyError('k')
except KeyError as exc:
    pass
print('exc' in dir())

def f():
    e = 'local'
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return f'{type(err).__name__}: {err}'

print(f())
