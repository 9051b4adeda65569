# A* on a grid with Manhattan and octile heuristics, compared with plain Dijkstra
# (h = 0): same cost, fewer expansions.
import heapq
import math

MAZE = """\
S....#........
.###.#.######.
...#.#......#.
##.#.####.#.#.
...#....#.#...
.######.#.###.
......#...#..G"""
GRID = MAZE.splitlines()
FIND = {ch: (r, c) for r, row in enumerate(GRID) for c, ch in enumerate(row) if ch in "SG"}


def neighbours(p, diagonal):
    steps = [(0, 1, 1), (1, 0, 1), (0, -1, 1), (-1, 0, 1)]
    if diagonal:
        steps += [(dr, dc, math.sqrt(2)) for dr in (-1, 1) for dc in (-1, 1)]
    for dr, dc, cost in steps:
        r, c = p[0] + dr, p[1] + dc
        if 0 <= r < len(GRID) and 0 <= c < len(GRID[0]) and GRID[r][c] != "#":
            if dr and dc and (GRID[p[0]][c] == "#" or GRID[r][p[1]] == "#"):
                continue  # no corner cutting
            yield (r, c), cost


def astar(start, goal, h, diagonal=False):
    g = {start: 0}
    came = {}
    heap = [(h(start, goal), 0, start)]
    expanded = 0
    closed = set()
    while heap:
        _, cost, p = heapq.heappop(heap)
        if p in closed:
            continue
        closed.add(p)
        expanded += 1
        if p == goal:
            path = [p]
            while path[-1] in came:
                path.append(came[path[-1]])
            return round(cost, 6), path[::-1], expanded
        for q, step in neighbours(p, diagonal):
            nc = cost + step
            if nc < g.get(q, math.inf) - 1e-12:
                g[q] = nc
                came[q] = p
                heapq.heappush(heap, (nc + h(q, goal), nc, q))
    return None, [], expanded


def manhattan(a, b):
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def octile(a, b):
    dx, dy = abs(a[0] - b[0]), abs(a[1] - b[1])
    return max(dx, dy) + (math.sqrt(2) - 1) * min(dx, dy)


s, goal = FIND["S"], FIND["G"]
for name, h, diag in [("dijkstra", lambda a, b: 0, False), ("manhattan", manhattan, False),
                      ("dijkstra8", lambda a, b: 0, True), ("octile", octile, True)]:
    cost, path, expanded = astar(s, goal, h, diag)
    print(f"{name:10} cost {cost} steps {len(path) - 1} expanded {expanded}")
cost, path, _ = astar(s, goal, manhattan)
rows = [list(r) for r in GRID]
for r, c in path[1:-1]:
    rows[r][c] = "*"
print("\n".join("".join(r) for r in rows))
