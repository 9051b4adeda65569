# The Drossel-Schwabl forest-fire model on a small grid with a seeded RNG: trees
# grow, lightning strikes, fire spreads to neighbours; counts per generation.
import random

EMPTY, TREE, FIRE = ".", "T", "#"
W, H = 24, 10
P_GROW, P_LIGHTNING = 0.05, 0.002


def step(grid, rng):
    new = []
    for y in range(H):
        row = []
        for x in range(W):
            cell = grid[y][x]
            if cell == FIRE:
                row.append(EMPTY)
            elif cell == TREE:
                burning = any(grid[y + dy][x + dx] == FIRE
                              for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                              if (dx or dy) and 0 <= y + dy < H and 0 <= x + dx < W)
                row.append(FIRE if burning or rng.random() < P_LIGHTNING else TREE)
            else:
                row.append(TREE if rng.random() < P_GROW else EMPTY)
        new.append(row)
    return new


rng = random.Random(1234)
grid = [[TREE if rng.random() < 0.55 else EMPTY for _ in range(W)] for _ in range(H)]
grid[H // 2][W // 2] = FIRE
history = []
for gen in range(60):
    counts = {s: sum(row.count(s) for row in grid) for s in (EMPTY, TREE, FIRE)}
    history.append(counts[FIRE])
    if gen % 10 == 0:
        print(gen, counts)
    if gen == 5:
        print("\n".join("".join(r) for r in grid))
    grid = step(grid, rng)
print("peak fire", max(history), "at generation", history.index(max(history)))
