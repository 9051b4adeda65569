from pprint import pprint, pformat

data = {
    "name": "PythonBox",
    "modules": ["textwrap", "pprint", "csv", "io", "string", "base64", "hashlib", "json"],
    "limits": {"timeout": 30, "memory_mb": 1024, "operations": None, "recursion": 1000},
    "nested": [[i, i * i, [j for j in range(i)]] for i in range(6)],
    "tuple": tuple(range(25)),
    "set": {3, 1, 2},
    "frozen": frozenset({20, 10}),
}
pprint(data)
pprint(data, width=40, depth=2)
pprint(data, compact=True, width=60)
print(pformat(data["nested"], indent=4, width=30))
pprint(data, sort_dicts=False, width=100)
pprint(list(range(40)), compact=True)
pprint({"big": 12345678901234567890, "neg": -1_000_000}, underscore_numbers=True)
