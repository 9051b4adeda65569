class Take:
    def __init__(self, it, n):
        self.it, self.n = iter(it), n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return next(self.it)

class Map:
    def __init__(self, fn, it):
        self.fn, self.it = fn, iter(it)
    def __iter__(self):
        return self
    def __next__(self):
        return self.fn(next(self.it))

class Count:
    def __init__(self, start=0):
        self.i = start
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        return self.i - 1

print(list(Take(Map(lambda x: x * x, Count(1)), 6)))
print(list(Take('abc', 10)))
print(list(Map(str.upper, Take(iter('hello'), 3))))
t = Take(Count(), 3)
print(next(t), list(t), next(t, 'done'))
