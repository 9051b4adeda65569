class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self.n)
            return [i * i for i in range(start, stop, step)]
        if key < 0:
            key += self.n
        if not 0 <= key < self.n:
            raise IndexError('Seq index out of range')
        return key * key

s = Seq(6)
print(s[2], s[-1], s[1:4], s[::-2], s[:])
print(list(s), 16 in s, 17 in s)
a, b, *c = s
print(a, b, c)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)

class Recorder:
    def __getitem__(self, key):
        return key

r = Recorder()
print(r[1], r[1:2], r[::3], r[1, 2], r[1:2, ::3], r[...])
print(r['k'], r[:, None])
