# The Abelian sandpile: drop grains at the centre, topple until stable, count
# topplings; adding two stable piles is commutative.
def stabilise(grid):
    n = len(grid)
    topples = 0
    unstable = [(r, c) for r in range(n) for c in range(n) if grid[r][c] >= 4]
    while unstable:
        r, c = unstable.pop()
        if grid[r][c] < 4:
            continue
        q, grid[r][c] = divmod(grid[r][c], 4)
        topples += q
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            rr, cc = r + dr, c + dc
            if 0 <= rr < n and 0 <= cc < n:
                grid[rr][cc] += q
                if grid[rr][cc] >= 4:
                    unstable.append((rr, cc))
    return topples


def add(a, b):
    g = [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]
    stabilise(g)
    return g


N = 15
grid = [[0] * N for _ in range(N)]
grid[N // 2][N // 2] = 500
t = stabilise(grid)
print("topplings:", t, "grains left:", sum(map(sum, grid)))
for row in grid:
    print("".join(" .:#"[v] for v in row))
a = [[(r * 7 + c * 3) % 4 for c in range(5)] for r in range(5)]
b = [[(r + c * c) % 4 for c in range(5)] for r in range(5)]
print(add(a, b) == add(b, a), add(a, b))
print(all(v < 4 for row in grid for v in row), grid == [r[::-1] for r in grid])
