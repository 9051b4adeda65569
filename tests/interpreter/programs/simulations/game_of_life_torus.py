# Conway's Game of Life on a torus with a set of live cells; gliders travel,
# a blinker oscillates, and the population and bounding box are tracked.
from collections import Counter

W, H = 20, 12


def step(live):
    counts = Counter(((x + dx) % W, (y + dy) % H)
                     for x, y in live for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(W)) for y in range(H))


def bbox(live):
    xs, ys = [x for x, _ in live], [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(15, 5), (15, 6), (15, 7)}
block = {(8, 9), (9, 9), (8, 10), (9, 10)}
world = glider | blinker | block
history = []
for gen in range(17):
    if gen % 4 == 0:
        print(f"gen {gen}: pop {len(world)} bbox {bbox(world)}")
    history.append(frozenset(world))
    world = step(world)
print(render(world))
g = set(glider)
for _ in range(4 * W):
    g = step(g)
print("glider returns after 4*W steps:", g == glider)
print(step(step(blinker)) == blinker, step(blinker) != blinker, step(block) == block)
