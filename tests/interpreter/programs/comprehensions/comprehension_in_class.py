class Config:
    keys = ['a', 'b', 'c']
    upper = [k.upper() for k in keys]
    index = {k: i for i, k in enumerate(keys)}
    try:
        pairs = [(k, keys) for k in keys]
    except NameError as e:
        pairs = f'NameError: {e}'
    lengths = list(map(len, keys))

print(Config.upper, Config.index)
print(Config.pairs)
print(Config.lengths)

class Grid:
    size = 3
    cells = [[0] * 3 for _ in range(3)]
    diag = [(i, i) for i in range(size)]

print(Grid.cells, Grid.diag)

class Methods:
    def squares(self, n):
        return [self.sq(i) for i in range(n)]
    def sq(self, i):
        return i * i

print(Methods().squares(5))
