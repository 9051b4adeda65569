print(list(reversed([1, 2, 3])), ''.join(reversed('abc')), tuple(reversed((1, 2))))
print(list(reversed(range(1, 10, 3))), list(reversed({'a': 1, 'b': 2})))
print(list(reversed({'a': 1, 'b': 2}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

print(list(reversed(Seq())), list(Seq()))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(sorted(range(5), reverse=True) == list(reversed(range(5))))
