class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
    def __str__(self):
        return f'({self.x}, {self.y})'
    def __format__(self, spec):
        if spec == 'polar':
            return f'<{(self.x ** 2 + self.y ** 2) ** 0.5:.2f}>'
        return format(str(self), spec)

p = Point(3, 4)
print(f'{p} {p!r} {p!s} {p:polar} {p:>12}|')
print(f'{p=}')
print(str(p), repr(p), format(p, 'polar'), format(p))
print('{} {!r} {:polar}'.format(p, p, p))
print(f'{[p, p]}')
s = 'quote\'s "mixed"'
print(f'{s!r}', repr(s))
print(f'{"unicode: ü"!a}', ascii('ü→'))
class NoFormat:
    def __repr__(self):
        return 'NoFormat()'
try:
    print(f'{NoFormat():>5}')
except TypeError as e:
    print(type(e).__name__, e)
print(f'{NoFormat()}', f'{NoFormat():}')
