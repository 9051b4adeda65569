class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f'Money({self.cents})'
    def __add__(self, other):
        print('__add__', other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print('__radd__', other)
        return self.__add__(other)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __rtruediv__(self, other):
        return f'{other} / {self.cents}'
    def __rpow__(self, other):
        return other ** (self.cents % 5)

print(Money(5) + Money(7))
print(10 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
print(100 - Money(30), 1 / Money(4), 2 ** Money(13))

class SubMoney(Money):
    def __radd__(self, other):
        print('SubMoney.__radd__ first')
        return Money(-1)

print(Money(1) + SubMoney(2))
try:
    print('a' + Money(1))
except TypeError as e:
    print(type(e).__name__, e)
