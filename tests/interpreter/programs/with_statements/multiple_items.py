class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f'cannot enter {self.name}')
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)

with CM('a') as a, CM('b') as b:
    print('body', a, b)
with (
    CM('x') as x,
    CM('y') as y,
    CM('z'),
):
    print('parenthesized', x, y)
try:
    with CM('p'), CM('q', fail_enter=True), CM('r'):
        print('not reached')
except RuntimeError as e:
    print('caught', e)
try:
    with CM('m') as m, CM('n') as n:
        raise KeyError(m + n)
except KeyError as e:
    print('caught', e)
