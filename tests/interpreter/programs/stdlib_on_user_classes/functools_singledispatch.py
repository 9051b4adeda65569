from functools import singledispatch, singledispatchmethod, cached_property

@singledispatch
def describe(obj):
    return f'object of type {type(obj).__name__}'

@describe.register
def _(obj: int):
    return f'int {obj}'

@describe.register(list)
def _(obj):
    return f'list of {len(obj)}: ' + ', '.join(describe(x) for x in obj)

describe.register(bool, lambda obj: f'bool {obj}')

print(describe(5), '|', describe(True), '|', describe('s'), '|', describe([1, 'a', False]))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return str(arg)
    @fmt.register
    def _(self, arg: float):
        return f'{arg:.2f}'

print(Formatter().fmt(3.14159), Formatter().fmt(7))

class Data:
    def __init__(self, n):
        self.n = n
    @cached_property
    def expensive(self):
        print('computing expensive')
        return sum(range(self.n))

d = Data(100)
print(d.expensive, d.expensive)
del d.expensive
print(d.expensive)
