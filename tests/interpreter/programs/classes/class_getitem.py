class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]'

print(Box[int], Box['x'], Box[str])

class TypedList(list):
    item_type = object
    def __class_getitem__(cls, t):
        return type(f'TypedList_{t.__name__}', (cls,), {'item_type': t})
    def append(self, v):
        if not isinstance(v, self.item_type):
            raise TypeError(f'expected {self.item_type.__name__}, got {type(v).__name__}')
        super().append(v)

IntList = TypedList[int]
xs = IntList()
xs.append(3)
try:
    xs.append('no')
except TypeError as e:
    print(type(e).__name__, e)
print(xs, IntList.__name__, isinstance(xs, list))
print(list[int], dict[str, int], tuple[int, ...])
print(list[int]([1, 2]), type(list[int]).__name__)
alias = dict[str, list[int]]
print(alias.__origin__.__name__, alias.__args__)
