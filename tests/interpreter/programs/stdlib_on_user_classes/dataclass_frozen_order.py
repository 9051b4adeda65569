from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2), Version(0, 9, 9), Version(1, 2, 1), Version(1)]
print(sorted(vs))
print(max(vs), Version(1, 0) < Version(1, 0, 1), Version(2) >= Version(1, 99))
v = Version(3)
try:
    v.major = 4
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(len({Version(1), Version(1, 0, 0), Version(2)}))
print(hash(Version(1)) == hash(Version(1)))
d = {Version(1): 'one'}
print(d[Version(1, 0)])
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(eq=False)
class Node:
    val: int

n = Node(1)
print(n == Node(1), n == n)
