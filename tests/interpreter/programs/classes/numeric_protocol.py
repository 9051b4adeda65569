import math
import operator

class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return Num(round(self.v, n)) if n is not None else round(self.v)
    def __trunc__(self):
        return int(self.v)
    def __floor__(self):
        return int(self.v // 1)
    def __ceil__(self):
        return -int(-self.v // 1)
    def __complex__(self):
        return complex(self.v, 1)
    def __repr__(self):
        return f'Num({self.v})'

n = Num(3.7)
print(int(n), float(n), round(n), round(n, 0), math.floor(n), math.ceil(n), math.trunc(n))
print(complex(n), bin(Num(5)), hex(Num(255)), [10, 20, 30, 40][Num(2)])
print('ab' * Num(3), range(Num(3)), list(range(10))[Num(1):Num(4)])
print(operator.index(Num(7)))
