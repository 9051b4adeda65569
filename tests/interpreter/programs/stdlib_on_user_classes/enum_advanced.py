from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
print(Priority(2), int(Priority.HIGH), Priority.LOW == 1, f'{Priority.HIGH}')

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), rw.value)
print(list(rw), Perm(7))

class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'

print(Mode.READ, Mode.WRITE, Mode.READ == 'read', Mode.WRITE.upper())

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.674e-11 * self.mass / self.radius ** 2, 2)

print([(p.name, p.gravity) for p in Planet])

Bits = IntFlag('Bits', ['A', 'B'])

print(Bits.A | Bits.B, Bits.A | 4, repr(Bits(3)))
