from dataclasses import dataclass, field
from collections import defaultdict

@dataclass
class Product:
    sku: str
    name: str
    category: str
    price: float
    stock: int = 0

@dataclass
class Inventory:
    products: dict = field(default_factory=dict)
    def add(self, p):
        self.products[p.sku] = p
    def restock(self, sku, qty):
        self.products[sku].stock += qty
    def sell(self, sku, qty):
        p = self.products[sku]
        if qty > p.stock:
            raise ValueError(f'only {p.stock} {p.name} left')
        p.stock -= qty
        return round(qty * p.price, 2)
    def by_category(self):
        out = defaultdict(list)
        for p in self.products.values():
            out[p.category].append(p.name)
        return dict(out)

inv = Inventory()
for args in [('A1', 'pen', 'office', 1.25, 100), ('A2', 'stapler', 'office', 7.5, 3), ('B1', 'mug', 'kitchen', 4.0)]:
    inv.add(Product(*args))
inv.restock('B1', 10)
print(inv.sell('A1', 12), inv.sell('B1', 3))
try:
    inv.sell('A2', 5)
except ValueError as e:
    print(type(e).__name__, e)
print(inv.by_category(), sum(p.price * p.stock for p in inv.products.values()))
