# Langton's ant and a multi-colour turmite (RL rule strings) on an unbounded grid.
def run(rule, steps):
    grid = {}
    x = y = 0
    dx, dy = 0, -1
    for _ in range(steps):
        colour = grid.get((x, y), 0)
        if rule[colour] == "R":
            dx, dy = -dy, dx
        else:
            dx, dy = dy, -dx
        grid[(x, y)] = (colour + 1) % len(rule)
        x, y = x + dx, y + dy
    return grid, (x, y)


for rule, steps in [("RL", 500), ("RL", 11000), ("RLR", 2000), ("LLRR", 3000)]:
    grid, pos = run(rule, steps)
    coloured = sum(1 for c in grid.values() if c)
    xs = [p[0] for p in grid]
    ys = [p[1] for p in grid]
    print(f"{rule:5} {steps:6} visited {len(grid):5} coloured {coloured:5} ant at {pos} "
          f"span {max(xs) - min(xs) + 1}x{max(ys) - min(ys) + 1}")
grid, _ = run("RL", 200)
xs = sorted({p[0] for p in grid})
ys = sorted({p[1] for p in grid})
for yy in range(ys[0], ys[-1] + 1):
    print("".join("#" if grid.get((xx, yy), 0) else "." for xx in range(xs[0], xs[-1] + 1)))
