from enum import Enum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in Color])
print(list(Color.__members__), Color.RED in Color)
print(Color.RED == 1, Color.RED == Color.RED, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color['PURPLE']
except KeyError as e:
    print(type(e).__name__, e)

class Status(Enum):
    PENDING = auto()
    ACTIVE = auto()
    DONE = auto()

print([(s.name, s.value) for s in Status])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
print({Color.RED: 'r'}[Color.CRIMSON], type(Color.RED).__name__)
