# Grid DPs: unique paths with obstacles, minimum path sum with the path, maximal
# square of ones and the largest rectangle in a histogram.
def unique_paths(grid):
    rows, cols = len(grid), len(grid[0])
    ways = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "#":
                continue
            if r == 0 and c == 0:
                ways[r][c] = 1
            else:
                ways[r][c] = (ways[r - 1][c] if r else 0) + (ways[r][c - 1] if c else 0)
    return ways[-1][-1]


def min_path(cost):
    rows, cols = len(cost), len(cost[0])
    best = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            up = best[r - 1][c] if r else None
            left = best[r][c - 1] if c else None
            options = [x for x in (up, left) if x is not None]
            best[r][c] = cost[r][c] + (min(options) if options else 0)
    path, r, c = [], rows - 1, cols - 1
    while True:
        path.append((r, c))
        if r == c == 0:
            break
        if c == 0 or (r and best[r - 1][c] <= best[r][c - 1]):
            r -= 1
        else:
            c -= 1
    return best[-1][-1], path[::-1]


def max_square(m):
    rows, cols = len(m), len(m[0])
    d = [[0] * (cols + 1) for _ in range(rows + 1)]
    best = (0, None)
    for r in range(rows):
        for c in range(cols):
            if m[r][c] == "1":
                d[r + 1][c + 1] = 1 + min(d[r][c], d[r][c + 1], d[r + 1][c])
                if d[r + 1][c + 1] > best[0]:
                    best = (d[r + 1][c + 1], (r, c))
    return best


def largest_rectangle(heights):
    stack, best = [], 0
    for i, h in enumerate(heights + [0]):
        start = i
        while stack and stack[-1][1] >= h:
            start, top = stack.pop()
            best = max(best, top * (i - start))
        stack.append((start, h))
    return best


print(unique_paths(["...", ".#.", "..."]), unique_paths(["." * 10] * 10),
      unique_paths(["..#.", "....", ".#..", "...."]))
print(min_path([[1, 3, 1], [1, 5, 1], [4, 2, 1]]))
print(min_path([[(r * 7 + c * 3) % 10 for c in range(6)] for r in range(5)]))
print(max_square(["10100", "10111", "11111", "10010"]), max_square(["0"]))
print(largest_rectangle([2, 1, 5, 6, 2, 3]), largest_rectangle([2, 4]), largest_rectangle([3] * 5))
