from collections import deque
grid = [
    'S.#.....',
    '.##.###.',
    '....#...',
    '.##...#E',
    '....#...',
]

def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'S')
    prev = {start: None}
    q = deque([start])
    while q:
        r, c = q.popleft()
        if grid[r][c] == 'E':
            path, node = [], (r, c)
            while node:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in prev:
                prev[(nr, nc)] = (r, c)
                q.append((nr, nc))
    return None

path = bfs(grid)
print(len(path) - 1, path)
canvas = [list(row) for row in grid]
for r, c in path[1:-1]:
    canvas[r][c] = '*'
print('\n'.join(''.join(row) for row in canvas))
