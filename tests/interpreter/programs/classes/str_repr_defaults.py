class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'

class OnlyStr:
    def __str__(self):
        return 'str of OnlyStr'
    def __repr__(self):
        return '<OnlyStr>'

class Both:
    def __str__(self):
        return 'Both-str'
    def __repr__(self):
        return 'Both-repr'

for obj in [OnlyRepr(), OnlyStr(), Both()]:
    print(str(obj), '|', repr(obj), '|', f'{obj}', '|', f'{obj!r}', '|', [obj], '|', (obj,))
print('%s %r' % (Both(), Both()))
print({'k': Both()}, {Both().__str__(): 1})

class BadStr:
    def __str__(self):
        return 42

try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
