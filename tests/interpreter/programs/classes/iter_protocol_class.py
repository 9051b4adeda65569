class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

class Range2:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2

c = Countdown(3)
print(list(c), list(c), sum(c), 2 in c)
r = Range2(3)
print(list(r), list(r))
r2 = Range2(4)
for v in r2:
    if v == 4:
        break
print(next(r2), next(r2, 'done'), next(r2, 'done'))
a, b, *rest = Countdown(5)
print(a, b, rest)
print(dict(zip(Countdown(3), 'abc')), sorted(Countdown(4)))
