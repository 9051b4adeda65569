class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __repr__(self):
        return f'Acc({self.items})'
    def __add__(self, other):
        print('__add__')
        return Acc(self.items + list(other))
    def __iadd__(self, other):
        print('__iadd__')
        self.items.extend(other)
        return self
    def __isub__(self, other):
        print('__isub__ returning NotImplemented')
        return NotImplemented
    def __sub__(self, other):
        print('__sub__ fallback')
        return Acc([i for i in self.items if i not in other])

a = Acc([1, 2])
alias = a
a += [3]
print(a, alias, a is alias)
b = keep = Acc([1, 2, 3])
b -= [2]
print(b, keep, b is keep)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)

o = orig = OnlyAdd(1)
o += 5
print(o.v, orig.v, o is orig)
try:
    o *= 2
except TypeError as e:
    print(type(e).__name__, e)
