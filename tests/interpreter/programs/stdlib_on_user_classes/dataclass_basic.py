from dataclasses import dataclass, field, asdict, astuple, replace, fields

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.qty

a = Item('pen', 1.5, 4)
b = Item('book', 12.0, tags=['paper'])
print(a, b)
print(a.total(), b.total(), a == Item('pen', 1.5, 4), a == b)
print(asdict(b), astuple(a))
c = replace(a, qty=10)
print(c, a.qty)
print([f.name for f in fields(Item)], fields(Item)[2].default)
a.tags.append('x')
print(Item('z', 0).tags, a.tags)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
