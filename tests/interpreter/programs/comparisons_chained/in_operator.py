print(2 in [1, 2, 3], 4 not in (1, 2), 'b' in 'abc', 'bc' in 'abc')
print('' in 'abc', 'x' in '', 1 in {1: 'a'}, 'a' in {1: 'a'})
print(3 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(b'ab' in b'cab', 97 in b'abc')
print([1] in [[1], [2]], (1, 2) in [(1, 2)])

class Bag:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print('contains', x)
        return x in self.items

b = Bag([1, 2])
print(1 in b, 5 not in b)

class IterOnly:
    def __iter__(self):
        print('iter called')
        return iter([10, 20, 30])

print(20 in IterOnly(), 40 in IterOnly())

class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 5

print(10 in GetItemOnly(), 11 in GetItemOnly())
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
