# Wolfram's elementary cellular automata (rules 30, 90, 110, 184) with fixed
# boundaries; rule 30's centre column as a bit stream.
def make_rule(n):
    return {(a, b, c): (n >> (a << 2 | b << 1 | c)) & 1 for a in (0, 1) for b in (0, 1) for c in (0, 1)}


def evolve(cells, rule, steps):
    rows = [cells]
    for _ in range(steps):
        padded = [0] + cells + [0]
        cells = [rule[tuple(padded[i:i + 3])] for i in range(len(cells))]
        rows.append(cells)
    return rows


WIDTH = 31
start = [0] * WIDTH
start[WIDTH // 2] = 1
for n in (30, 90, 110):
    print(f"rule {n}")
    for row in evolve(start, make_rule(n), 15):
        print("".join(".#"[c] for c in row))
rows = evolve(start, make_rule(30), 64)
centre = "".join(str(r[WIDTH // 2]) for r in rows)
print(centre, int(centre[:32], 2))
traffic = [1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1, 0]
for row in evolve(traffic, make_rule(184), 6):
    print("".join(".>"[c] for c in row), sum(row))
print(make_rule(110)[(1, 1, 0)], sorted(k for k, v in make_rule(90).items() if v))
