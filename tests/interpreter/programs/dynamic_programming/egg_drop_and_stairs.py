# Egg dropping (eggs x floors, and the "moves" formulation), climbing stairs with
# variable steps, and house robber on a line and on a circle.
from functools import lru_cache


def egg_drop_table(eggs, floors):
    d = [[0] * (floors + 1) for _ in range(eggs + 1)]
    for f in range(1, floors + 1):
        d[1][f] = f
    for e in range(2, eggs + 1):
        for f in range(1, floors + 1):
            d[e][f] = min(1 + max(d[e - 1][k - 1], d[e][f - k]) for k in range(1, f + 1))
    return d[eggs][floors]


def egg_drop_moves(eggs, floors):
    covered = [0] * (eggs + 1)
    moves = 0
    while covered[eggs] < floors:
        moves += 1
        for e in range(eggs, 0, -1):
            covered[e] = covered[e] + covered[e - 1] + 1
    return moves


for eggs, floors in [(1, 10), (2, 10), (2, 36), (2, 100), (3, 100), (4, 200)]:
    fast = egg_drop_moves(eggs, floors)
    slow = egg_drop_table(eggs, floors) if floors <= 100 else fast
    print(eggs, floors, fast, slow == fast)


@lru_cache(maxsize=None)
def stairs(n, steps=(1, 2)):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return sum(stairs(n - s, steps) for s in steps)


print([stairs(n) for n in range(1, 15)], stairs(30, (1, 3, 5)), stairs(200) % 1_000_000_007)


def rob_line(houses):
    take, skip = 0, 0
    for h in houses:
        take, skip = skip + h, max(take, skip)
    return max(take, skip)


def rob_circle(houses):
    if len(houses) == 1:
        return houses[0]
    return max(rob_line(houses[1:]), rob_line(houses[:-1]))


for houses in ([2, 7, 9, 3, 1], [2, 3, 2], [1, 2, 3, 1], [200, 3, 140, 20, 10], [5]):
    print(houses, rob_line(houses), rob_circle(houses))
