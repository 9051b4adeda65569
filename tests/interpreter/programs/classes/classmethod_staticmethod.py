class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1

    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'

class MyDate(Date):
    pass

print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'))
print(Date.is_leap(2000), Date.is_leap(1900), MyDate(2020, 1, 1).is_leap(2024))
print(Date.count, MyDate.count)
d = Date(1, 2, 3)
print(d.from_string('5-6-7'), type(d.from_string).__name__)
print(Date.__dict__['is_leap'].__func__(2023))

class Counter:
    n = 0
    @classmethod
    def inc(cls):
        cls.n += 1
        return cls.n

class Sub(Counter):
    pass

print(Counter.inc(), Sub.inc(), Sub.inc(), Counter.n, Sub.n)
