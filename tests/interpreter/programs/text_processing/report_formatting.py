# A formatted report using the format-spec mini-language: alignment, fill, sign,
# thousands separators, percentages, fixed and exponent notation, nested widths,
# and str.format with attribute and index fields.
from dataclasses import dataclass
from datetime import date


@dataclass
class Sale:
    region: str
    product: str
    units: int
    price: float
    day: date


SALES = [
    Sale("north", "widget", 1200, 2.5, date(2024, 1, 15)),
    Sale("south", "gadget", 85, 199.99, date(2024, 2, 3)),
    Sale("north", "gizmo", 15000, 0.35, date(2024, 2, 28)),
    Sale("east", "widget", 0, 2.5, date(2024, 3, 1)),
    Sale("west", "doohickey", 432, 17.0, date(2024, 3, 31)),
]
total = sum(s.units * s.price for s in SALES)
print(f"{'Region':<8}|{'Product':^11}|{'Units':>8}|{'Revenue':>12}|{'Share':>7}|{'Date':>11}")
print(f"{'':-<8}+{'':-^11}+{'':->8}+{'':->12}+{'':->7}+{'':->11}")
for s in SALES:
    rev = s.units * s.price
    print(f"{s.region:<8}|{s.product:^11}|{s.units:>8,}|{rev:>12,.2f}|{rev / total:>7.1%}|{s.day:%d %b %Y}")
print(f"{'total':<8}|{'':^11}|{sum(s.units for s in SALES):>8,}|{total:>12,.2f}|{1:>7.0%}|")
for w in (6, 10):
    print(f"[{3.14159:{w}.{w - 4}f}] [{-42:+{w}d}] [{42:*^{w}}] [{255:#0{w}x}] [{1234567:_}]")
print("{0.region}-{0.product}: {1[0]}/{1[1]}".format(SALES[1], ["a", "b"]))
print("{:e} {:.3g} {:g} {:.2%} {:,} {:b} {:o} {:c}".format(123456.789, 0.000123456, 1e20, 0.256, 10**9, 10, 64, 9731))
print(f"{'x'!r:>5} {'é'!a} {3 + 4 = } {SALES[0].units = :,}")
print(format(1234.5678, ",.2f"), format(-0.0, "+.1f"), format(float("nan"), ">6"), format(True, "d"))
print("%-6s|%6.2f|%03d|%x|%r" % ("ab", 3.14159, 7, 255, "q"), "%(a)s-%(b)s" % {"a": 1, "b": 2})
