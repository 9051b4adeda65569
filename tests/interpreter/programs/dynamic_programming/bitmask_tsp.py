# Held-Karp: the travelling-salesman tour over a few cities with a bitmask DP and
# the tour recovered, checked against brute-force permutations.
import itertools
import math

CITIES = [(0, 0), (2, 6), (5, 2), (6, 6), (8, 3), (1, 3), (4, 8), (7, 0)]
N = len(CITIES)
D = [[math.dist(a, b) for b in CITIES] for a in CITIES]


def held_karp():
    INF = math.inf
    best = [[INF] * N for _ in range(1 << N)]
    parent = [[-1] * N for _ in range(1 << N)]
    best[1][0] = 0.0
    for mask in range(1 << N):
        if not mask & 1:
            continue
        for last in range(N):
            cur = best[mask][last]
            if cur == INF or not mask >> last & 1:
                continue
            for nxt in range(N):
                if mask >> nxt & 1:
                    continue
                m2 = mask | 1 << nxt
                cand = cur + D[last][nxt]
                if cand < best[m2][nxt]:
                    best[m2][nxt], parent[m2][nxt] = cand, last
    full = (1 << N) - 1
    last = min(range(1, N), key=lambda k: best[full][k] + D[k][0])
    total = best[full][last] + D[last][0]
    tour, mask = [], full
    while last != -1:
        tour.append(last)
        mask, last = mask & ~(1 << last), parent[mask][last]
    return total, tour[::-1] + [0]


def brute():
    best = (math.inf, None)
    for perm in itertools.permutations(range(1, N)):
        tour = (0,) + perm + (0,)
        length = sum(D[a][b] for a, b in zip(tour, tour[1:]))
        if length < best[0] - 1e-9:
            best = (length, tour)
    return best


total, tour = held_karp()
b_total, b_tour = brute()
print(round(total, 6), tour)
print(math.isclose(total, b_total), tour in (list(b_tour), list(b_tour)[::-1]))
print(bin(0b1011 | 1 << 6), (0b101101 >> 2) & 1, bin(~0b1010 & 0xF), (5).bit_count(), (1 << 70).bit_length())
