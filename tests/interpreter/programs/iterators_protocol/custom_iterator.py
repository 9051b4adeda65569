class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIterator(self.limit)

class FibIterator:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

f = Fib(100)
print(list(f), list(f), sum(f), max(f))
it = iter(f)
print(next(it), next(it), next(it), list(it))
print(list(zip(Fib(10), Fib(10))), 55 in Fib(100), 56 in Fib(100))
print(sorted(Fib(30), reverse=True), dict(enumerate(Fib(5))))
first, *mid, last = Fib(20)
print(first, mid, last)
