values = [1, 1.0, 1j, 'a', b'a', [1], (1,), {1}, {1: 1}, None, True, range(1), len]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), callable(v))
print(isinstance(True, int), type(True) is int, issubclass(bool, (str, int)))
print(issubclass(int, object), issubclass(type, object), isinstance(type, type), isinstance(object, type))
print(type(type).__name__, type(object).__name__, type(None).__name__)
print(isinstance([], list | tuple), isinstance(1, int | None))
print(int | str, type(int | str).__name__)
try:
    issubclass(5, int)
except TypeError as e:
    print(type(e).__name__, e)
