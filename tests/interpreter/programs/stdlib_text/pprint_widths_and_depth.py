import pprint

tree = {"root": {"left": {"left": None, "right": {"v": 3}}, "right": {"v": [1, 2, {"deep": "yes"}]}}}
for width in (10, 30, 80):
    print(f"-- width={width}")
    pprint.pprint(tree, width=width)
for depth in (1, 2, 3):
    print(pprint.pformat(tree, depth=depth))
print(pprint.pformat([[1, 2], [3, 4]] * 5, width=20, compact=True))
print(pprint.pformat("x" * 100, width=30))
print(pprint.pformat({"t": (1,), "e": (), "s": set(), "f": frozenset(), "d": {}}))
print(pprint.pformat(range(10)), pprint.pformat(3.14159), pprint.pformat(None))
print(pprint.pformat([1.5, -0.0, float("inf"), 10**20, 2j]))
