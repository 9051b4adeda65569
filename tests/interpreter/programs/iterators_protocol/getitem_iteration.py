class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError('done')
        return i * i

print(list(Squares()), 9 in Squares(), 10 in Squares())
for i, v in enumerate(Squares()):
    print(i, v, end='; ')
print()
it = iter(Squares())
print(type(it).__name__, next(it), next(it))

class Broken:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError('not IndexError')
        return i

try:
    list(Broken())
except KeyError as e:
    print(type(e).__name__, e)

class NotIterable:
    __iter__ = None

try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
