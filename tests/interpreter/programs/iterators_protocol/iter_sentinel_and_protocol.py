lines = ['first', 'second', '', 'after blank']
reader = iter(lines)
print(list(iter(lambda: next(reader), '')))
print(list(reader))
import random
random.seed(3)
rolls = list(iter(lambda: random.randint(1, 6), 6))
print(rolls)

class Buffer:
    def __init__(self, data, size):
        self.data, self.size, self.pos = data, size, 0
    def read(self):
        chunk = self.data[self.pos:self.pos + self.size]
        self.pos += self.size
        return chunk

b = Buffer('abcdefghij', 3)
print([c for c in iter(b.read, '')])

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration
        return self.n

c = Countdown(3)
print(iter(c) is c, list(c), list(c))
