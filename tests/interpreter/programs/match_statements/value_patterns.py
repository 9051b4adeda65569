from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Limits:
    MAX = 10
    MIN = 0

def check(c):
    match c:
        case Color.RED:
            return 'stop'
        case Color.GREEN:
            return 'go'
        case Limits.MAX:
            return 'at max'
        case Limits.MIN:
            return 'at min'
        case _:
            return 'other'

for v in [Color.RED, Color.GREEN, Color.BLUE, 10, 0, 5]:
    print(v, '->', check(v))

def signal(c):
    match c:
        case Color.RED | Color.BLUE as col:
            return f'cool or hot: {col.name}'
        case Color():
            return 'any color'
    return 'not a color'

print(signal(Color.BLUE), signal(Color.GREEN), signal(1))
