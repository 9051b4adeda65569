# Predator-prey dynamics (Lotka-Volterra) with RK4, plus a stochastic agent
# version on a grid with a seeded RNG.
import random


def lv(state, a=1.1, b=0.4, c=0.4, d=0.1):
    prey, pred = state
    return (a * prey - b * prey * pred, d * prey * pred - c * pred)


def rk4(f, y, h):
    k1 = f(y)
    k2 = f(tuple(v + h / 2 * k for v, k in zip(y, k1)))
    k3 = f(tuple(v + h / 2 * k for v, k in zip(y, k2)))
    k4 = f(tuple(v + h * k for v, k in zip(y, k3)))
    return tuple(v + h / 6 * (p + 2 * q + 2 * r + s) for v, p, q, r, s in zip(y, k1, k2, k3, k4))


y = (10.0, 5.0)
peaks, prev, rising = [], y[0], True
for step in range(1, 4001):
    y = rk4(lv, y, 0.01)
    if rising and y[0] < prev:
        peaks.append((round(step * 0.01, 2), round(prev, 3)))
    rising = y[0] >= prev
    prev = y[0]
    if step % 800 == 0:
        print(f"t={step * 0.01:5.1f} prey {y[0]:8.4f} predators {y[1]:8.4f}")
print("prey peaks:", peaks)

rng = random.Random(11)
SIZE = 12
rabbits = {(rng.randrange(SIZE), rng.randrange(SIZE)) for _ in range(40)}
foxes = {(rng.randrange(SIZE), rng.randrange(SIZE)): 3 for _ in range(6)}
for gen in range(12):
    born = {((x + rng.choice((-1, 0, 1))) % SIZE, (y + rng.choice((-1, 0, 1))) % SIZE)
            for x, y in sorted(rabbits) if rng.random() < 0.3}
    rabbits |= born
    new_foxes = {}
    for (x, y), food in sorted(foxes.items()):
        pos = ((x + rng.choice((-1, 0, 1))) % SIZE, (y + rng.choice((-1, 0, 1))) % SIZE)
        food -= 1
        if pos in rabbits:
            rabbits.discard(pos)
            food += 2
        if food > 0:
            new_foxes[pos] = food
            if food >= 4:
                new_foxes[(pos[0], (pos[1] + 1) % SIZE)] = 2
    foxes = new_foxes
    print(gen, len(rabbits), len(foxes))
