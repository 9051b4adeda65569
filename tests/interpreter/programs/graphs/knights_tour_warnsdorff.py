# A knight's tour with Warnsdorff's heuristic (ties broken by position), verified
# move by move; knight distances by BFS; and the n-queens count by backtracking.
from collections import deque

MOVES = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]


def tour(n, start):
    board = [[0] * n for _ in range(n)]
    r, c = start
    board[r][c] = 1

    def options(r, c):
        return [(r + dr, c + dc) for dr, dc in MOVES
                if 0 <= r + dr < n and 0 <= c + dc < n and not board[r + dr][c + dc]]
    for k in range(2, n * n + 1):
        cand = options(r, c)
        if not cand:
            return None
        r, c = min(cand, key=lambda p: (len(options(*p)), p))
        board[r][c] = k
    return board


def verify(board):
    n = len(board)
    pos = {board[r][c]: (r, c) for r in range(n) for c in range(n)}
    return all((abs(pos[k][0] - pos[k + 1][0]), abs(pos[k][1] - pos[k + 1][1])) in ((1, 2), (2, 1))
               for k in range(1, n * n))


for n in (5, 6, 8):
    b = tour(n, (0, 0))
    print(n, "tour found" if b else "stuck", b is not None and verify(b))
    if b and n == 6:
        for row in b:
            print(" ".join(f"{x:2}" for x in row))


def knight_distance(n, src, dst):
    dist = {src: 0}
    q = deque([src])
    while q:
        r, c = q.popleft()
        if (r, c) == dst:
            return dist[dst]
        for dr, dc in MOVES:
            p = (r + dr, c + dc)
            if 0 <= p[0] < n and 0 <= p[1] < n and p not in dist:
                dist[p] = dist[(r, c)] + 1
                q.append(p)


print([knight_distance(8, (0, 0), (r, r)) for r in range(8)])


def queens(n):
    count = 0
    cols, d1, d2 = set(), set(), set()

    def place(r):
        nonlocal count
        if r == n:
            count += 1
            return
        for c in range(n):
            if c not in cols and r - c not in d1 and r + c not in d2:
                cols.add(c); d1.add(r - c); d2.add(r + c)
                place(r + 1)
                cols.discard(c); d1.discard(r - c); d2.discard(r + c)
    place(0)
    return count


print([queens(n) for n in range(1, 9)])
