# Inventory and order processing with dataclasses: reservations, partial
# fulfilment, backorders, restocking from a priority queue, and a report.
import heapq
from dataclasses import dataclass, field
from collections import defaultdict


@dataclass(order=True)
class Order:
    priority: int
    seq: int
    customer: str = field(compare=False)
    lines: dict = field(compare=False, default_factory=dict)


@dataclass
class Item:
    sku: str
    name: str
    price_cents: int
    stock: int = 0
    reserved: int = 0

    @property
    def available(self):
        return self.stock - self.reserved


class Warehouse:
    def __init__(self, items):
        self.items = {i.sku: i for i in items}
        self.backorders = defaultdict(int)
        self.shipped = []

    def fulfil(self, order):
        invoice = 0
        for sku, qty in order.lines.items():
            item = self.items.get(sku)
            if item is None:
                print(f"  {order.customer}: unknown sku {sku}")
                continue
            take = min(qty, item.available)
            item.stock -= take
            invoice += take * item.price_cents
            if take < qty:
                self.backorders[sku] += qty - take
            self.shipped.append((order.customer, sku, take))
        return invoice

    def restock(self, sku, qty):
        self.items[sku].stock += qty
        waiting = self.backorders.pop(sku, 0)
        served = min(waiting, self.items[sku].stock)
        self.items[sku].stock -= served
        if waiting > served:
            self.backorders[sku] = waiting - served
        return served


wh = Warehouse([Item("A1", "bolt", 25, 100), Item("B2", "nut", 10, 40), Item("C3", "gear", 999, 3)])
queue = []
orders = [(2, "acme", {"A1": 30, "B2": 50}), (1, "zeta", {"C3": 2, "A1": 10}),
          (3, "omni", {"C3": 5, "Z9": 1}), (1, "beta", {"B2": 5})]
for seq, (prio, cust, lines) in enumerate(orders):
    heapq.heappush(queue, Order(prio, seq, cust, lines))
while queue:
    o = heapq.heappop(queue)
    cents = wh.fulfil(o)
    print(f"{o.customer:5} prio {o.priority}: invoice ${cents / 100:,.2f}")
print("backorders", dict(sorted(wh.backorders.items())))
print("restock B2 served", wh.restock("B2", 20), "C3 served", wh.restock("C3", 1))
print("backorders", dict(sorted(wh.backorders.items())))
for item in wh.items.values():
    print(f"{item.sku} {item.name:5} stock {item.stock:3} value {item.stock * item.price_cents / 100:8.2f}")
print(wh.shipped)
print(Order(1, 0, "x") < Order(1, 1, "a"), Item("Q", "q", 1) == Item("Q", "q", 1))
