class Field:
    def __set_name__(self, owner, name):
        print(f'__set_name__ {owner.__name__}.{name}')
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 'unset')
    def __set__(self, obj, value):
        print(f'set {self.name} = {value!r}')
        setattr(obj, self.private, value)

class Positive(Field):
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f'{self.name} must be positive, got {value}')
        super().__set__(obj, value)

class Product:
    name = Field()
    price = Positive()
    qty = Positive()
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

p = Product('widget', 3, 4)
print(p.name, p.price, p.qty, vars(p))
try:
    p.qty = -1
except ValueError as e:
    print(type(e).__name__, e)
print(type(Product.price).__name__, Product.price.name)
