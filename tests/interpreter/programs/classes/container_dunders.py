class Deck:
    def __init__(self, cards):
        self._cards = list(cards)
    def __len__(self):
        return len(self._cards)
    def __getitem__(self, i):
        return self._cards[i]
    def __setitem__(self, i, v):
        self._cards[i] = v
    def __delitem__(self, i):
        del self._cards[i]
    def __contains__(self, c):
        return c.lower() in (x.lower() for x in self._cards)
    def __iter__(self):
        return iter(self._cards)
    def __reversed__(self):
        return iter(self._cards[::-1])
    def __repr__(self):
        return f'Deck({self._cards})'

d = Deck(['A', 'K', 'Q', 'J'])
print(len(d), d[0], d[-1], d[1:3], 'q' in d, 'x' in d)
d[0] = 'Ace'
del d[1]
print(d, list(reversed(d)), sorted(d), bool(d))
for i, c in enumerate(d):
    print(i, c)
print(list(zip(d, range(10))), max(d), ','.join(d))
empty = Deck([])
print(bool(empty), len(empty))
