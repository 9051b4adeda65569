import collections
import dataclasses
import enum
import typing

Point = collections.namedtuple('Point', 'x y')
print(Point.__module__, repr(Point), Point(1, 2))
Color = enum.Enum('Color', 'RED GREEN')
print(Color.__module__, repr(Color), repr(Color.RED))
Perm = enum.IntFlag('Perm', ['R', 'W'])
print(Perm.__module__, Perm.R | Perm.W)
Data = dataclasses.make_dataclass('Data', ['a', ('b', int, 0)])
print(Data.__module__, Data(1))
Emp = typing.NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp.__module__, repr(Emp), Emp('x', 1))
T = typing.TypeVar('T')
print(T.__module__, T)
UserId = typing.NewType('UserId', int)
print(UserId.__module__, UserId(5))

class Regular:
    pass

print(Regular.__module__, __name__, repr(Regular))
