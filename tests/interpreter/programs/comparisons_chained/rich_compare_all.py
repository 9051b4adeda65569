import functools

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f'Money({self.cents})'
    def __eq__(self, o):
        return self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __le__(self, o):
        return self.cents <= o.cents
    def __gt__(self, o):
        return self.cents > o.cents
    def __ge__(self, o):
        return self.cents >= o.cents
    def __hash__(self):
        return hash(self.cents)

m = [Money(5), Money(1), Money(3)]
print(sorted(m), min(m), max(m))
print(Money(1) <= Money(1) < Money(2) >= Money(2) > Money(0))
print(Money(2) != Money(2), Money(2) != Money(3))
print(len({Money(1), Money(1), Money(2)}))
print(Money(4) in m, Money(3) in m)
print(functools.reduce(lambda a, b: a if a > b else b, m))
print(sorted(m, reverse=True))
