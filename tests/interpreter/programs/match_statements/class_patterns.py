class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ('center', 'radius')
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

def where(shape):
    match shape:
        case Point(0, 0):
            return 'origin'
        case Point(0, y):
            return f'on y-axis at {y}'
        case Point(x=0) | Point(y=0):
            return 'on an axis'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Circle(Point(0, 0), r):
            return f'circle at origin r={r}'
        case Circle(center=Point(x=cx), radius=r) if r > 5:
            return f'big circle cx={cx}'
        case Point() | Circle():
            return 'some shape'
        case _:
            return 'unknown'

for s in [Point(0, 0), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 2),
          Circle(Point(0, 0), 1), Circle(Point(7, 1), 9), Circle(Point(1, 1), 1), 'x']:
    print(where(s))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
