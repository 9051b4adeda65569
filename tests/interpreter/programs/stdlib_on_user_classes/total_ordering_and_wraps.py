from functools import total_ordering, wraps

@total_ordering
class Card:
    ranks = '23456789TJQKA'
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    __eq__ = lambda self, o: self.rank == o.rank
    def __lt__(self, o):
        if not isinstance(o, Card):
            return NotImplemented
        return self.ranks.index(self.rank) < self.ranks.index(o.rank)
    __repr__ = lambda self: self.rank + self.suit

hand = [Card(s) for s in ['Kh', '2c', 'Ts', 'Ad', '9h']]
print(sorted(hand), max(hand), Card('Qs') >= Card('Qh'), Card('3c') > Card('4d'))
try:
    Card('2c') <= 5
except TypeError as e:
    print(type(e).__name__, e)

def validated(fn):
    @wraps(fn)
    def inner(self, *a):
        if not all(isinstance(x, Card) for x in a):
            raise TypeError(f'{fn.__name__} needs cards')
        return fn(self, *a)
    return inner

class Table:
    @validated
    def play(self, *cards):
        """Play cards."""
        return sorted(cards, reverse=True)

print(Table().play(*hand[:3]), Table.play.__name__, Table.play.__doc__)
try:
    Table().play('Kh')
except TypeError as e:
    print(type(e).__name__, e)
