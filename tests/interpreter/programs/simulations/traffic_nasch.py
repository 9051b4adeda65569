# The Nagel-Schreckenberg traffic model on a ring road: accelerate, brake to the
# gap, random slow-down (seeded), move; prints space-time rows and the flow.
import random

L, VMAX, P = 60, 5, 0.3


def step(road, rng):
    cars = sorted(road)
    new = {}
    for i, x in enumerate(cars):
        v = road[x]
        ahead = cars[(i + 1) % len(cars)]
        gap = (ahead - x - 1) % L
        v = min(v + 1, VMAX, gap)
        if v > 0 and rng.random() < P:
            v -= 1
        new[(x + v) % L] = v
    return new


def row(road):
    return "".join(str(road[x]) if x in road else "." for x in range(L))


for density in (0.15, 0.35):
    rng = random.Random(5)
    n = int(L * density)
    road = {x: 0 for x in sorted(rng.sample(range(L), n))}
    print(f"density {density}: {n} cars")
    flow = 0
    for t in range(40):
        if t < 12:
            print(row(road))
        road = step(road, rng)
        assert len(road) == n
        flow += sum(road.values())
    print(f"mean speed {flow / (40 * n):.3f} flow {flow / (40 * L):.3f}")
