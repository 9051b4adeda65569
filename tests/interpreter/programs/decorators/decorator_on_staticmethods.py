def log_calls(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args[1:] if args and isinstance(args[0], (Shape, type)) else args)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper

class Shape:
    sides = 0

    @staticmethod
    @log_calls
    def describe(n):
        return f'{n}-gon'

    @classmethod
    @log_calls
    def make(cls, n):
        s = cls()
        s.sides = n
        return s

    @log_calls
    def area(self, scale=1):
        return self.sides * scale

print(Shape.describe(5))
sq = Shape.make(4)
print(sq.sides, sq.area(2), Shape.describe.__name__)
print(type(Shape.__dict__['describe']).__name__, type(Shape.__dict__['make']).__name__)
