import numbers
from decimal import Decimal
from fractions import Fraction

values = [1, True, 2.5, 3 + 4j, Fraction(1, 3), Decimal("1.5"), "7"]
for v in values:
    print(f"{v!r:22}", [isinstance(v, t) for t in (numbers.Number, numbers.Complex, numbers.Real,
                                                     numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational))


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = float(v)

    def __float__(self):
        return self.v

    def __repr__(self):
        return f"Meters({self.v})"

    __abs__ = lambda self: Meters(abs(self.v))
    __add__ = __radd__ = lambda self, o: Meters(self.v + float(o))
    __ceil__ = __floor__ = __round__ = __trunc__ = lambda self, *a: int(self.v)
    __eq__ = lambda self, o: self.v == float(o)
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = lambda self, o: Meters(0)
    __le__ = lambda self, o: self.v <= float(o)
    __lt__ = lambda self, o: self.v < float(o)
    __mul__ = __rmul__ = lambda self, o: Meters(self.v * float(o))
    __neg__ = lambda self: Meters(-self.v)
    __pos__ = lambda self: self
    __pow__ = __rpow__ = lambda self, o: Meters(self.v ** float(o))
    __truediv__ = __rtruediv__ = lambda self, o: Meters(self.v / float(o))


m = Meters(2)
print(isinstance(m, numbers.Real), isinstance(m, numbers.Integral), m + 3, 2 * m, m.real, m.imag)
print(m.conjugate(), complex(m), m < 3, abs(Meters(-4)))
try:
    numbers.Integral()
except TypeError as e:
    print("TypeError:", str(e).split(" with")[0])
