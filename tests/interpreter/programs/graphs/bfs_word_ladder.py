# Breadth-first search: a word ladder over an implicit graph (one-letter changes),
# all shortest paths via parent lists, and multi-source BFS distances on a grid.
from collections import deque, defaultdict
from string import ascii_lowercase

WORDS = set("cold cord card ward warm worm word wood good gold bold bolt colt coat cost "
            "most mist fist fish dish wish wash cash cast".split())


def neighbours(w):
    for i in range(len(w)):
        for ch in ascii_lowercase:
            cand = w[:i] + ch + w[i + 1:]
            if cand != w and cand in WORDS:
                yield cand


def ladders(start, goal):
    parents = defaultdict(list)
    dist = {start: 0}
    q = deque([start])
    while q:
        w = q.popleft()
        for n in sorted(neighbours(w)):
            if n not in dist:
                dist[n] = dist[w] + 1
                q.append(n)
            if dist[n] == dist[w] + 1:
                parents[n].append(w)
    if goal not in dist:
        return []

    def paths(w):
        if w == start:
            return [[start]]
        return [p + [w] for par in parents[w] for p in paths(par)]
    return paths(goal)


for a, b in [("cold", "warm"), ("cold", "gold"), ("fish", "cash"), ("cold", "mist"), ("cold", "zzzz")]:
    found = ladders(a, b)
    print(a, b, len(found[0]) - 1 if found else None, [" ".join(p) for p in found[:3]])

GRID = ["S..#......",
        ".#.#.####.",
        ".#...#..#.",
        ".####.#.#.",
        "......#..S"]
dist = {}
q = deque()
for r, line in enumerate(GRID):
    for c, ch in enumerate(line):
        if ch == "S":
            dist[(r, c)] = 0
            q.append((r, c))
while q:
    r, c = q.popleft()
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < len(GRID) and 0 <= nc < len(GRID[0]) and GRID[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
for r, line in enumerate(GRID):
    print(" ".join("##" if ch == "#" else f"{dist.get((r, c), -1):2d}" for c, ch in enumerate(line)))
