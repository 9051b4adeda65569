class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, x, *, offset=0):
        return x * self.factor + offset

triple = Multiplier(3)
print(triple(4), triple(4, offset=1), callable(triple), callable(5))
print(list(map(triple, [1, 2, 3])))
try:
    triple()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = 5
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = 'abc'
    s(1)
except TypeError as e:
    print(type(e).__name__, e)

class NotCallable:
    pass

try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
fns = [len, str.upper, triple, lambda s: s[::-1]]
print([callable(f) for f in fns])
print(fns[1]('abc'), fns[3]('abc'))
