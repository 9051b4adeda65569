print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash((1, 2)) == hash((1, 2)), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for obj in [[], {}, set(), bytearray()]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(float('inf')), hash(-float('inf')), hash(1.5))
print(divmod(hash(123456789), 1000))
print(isinstance(hash('abc'), int), hash(None) == hash(None))
