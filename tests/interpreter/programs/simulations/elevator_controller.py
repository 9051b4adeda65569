# An elevator controller with the SCAN policy: requests arrive at given ticks; the
# car moves one floor per tick, stops to open doors, and logs its moves.
from enum import Enum


class Dir(Enum):
    UP = 1
    DOWN = -1
    IDLE = 0


class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.dir = Dir.IDLE
        self.stops = set()
        self.log = []
        self.moved = 0

    def request(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"no floor {floor}")
        self.stops.add(floor)

    def choose(self):
        if not self.stops:
            return Dir.IDLE
        above = [f for f in self.stops if f > self.floor]
        below = [f for f in self.stops if f < self.floor]
        if self.dir is Dir.UP and above or (self.dir is not Dir.DOWN and above and not below):
            return Dir.UP
        if self.dir is Dir.DOWN and below or below:
            return Dir.DOWN
        return Dir.UP if above else Dir.IDLE

    def tick(self, t):
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.log.append(f"t={t:2} open at {self.floor}")
            return
        self.dir = self.choose()
        if self.dir is not Dir.IDLE:
            self.floor += self.dir.value
            self.moved += 1


REQUESTS = {0: [5], 1: [2], 3: [8, 1], 7: [0], 9: [6], 15: [3], 16: [9]}
car = Elevator(10)
for t in range(40):
    for f in REQUESTS.get(t, []):
        car.request(f)
    car.tick(t)
    if not car.stops and t > max(REQUESTS):
        break
print("\n".join(car.log))
print("moved", car.moved, "floors; ends at", car.floor, car.dir.name)
try:
    car.request(12)
except ValueError as e:
    print("ValueError:", e)
print(Dir(1) is Dir.UP, [d.name for d in Dir], Dir["DOWN"].value)
