# Bellman-Ford with negative weights and negative-cycle detection; Floyd-Warshall
# all-pairs distances with path reconstruction; both agree.
import math

EDGES = [("s", "a", 4), ("s", "b", 5), ("a", "c", -3), ("b", "a", -2), ("c", "d", 2),
         ("b", "d", 6), ("d", "e", -1), ("e", "c", 3)]
NODES = sorted({x for u, v, _ in EDGES for x in (u, v)})


def bellman_ford(edges, src):
    dist = {n: math.inf for n in NODES}
    dist[src] = 0
    pred = {}
    for _ in range(len(NODES) - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v], pred[v] = dist[u] + w, u
                changed = True
        if not changed:
            break
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            raise ValueError(f"negative cycle through {v}")
    return dist, pred


def floyd(edges):
    idx = {n: i for i, n in enumerate(NODES)}
    n = len(NODES)
    d = [[0 if i == j else math.inf for j in range(n)] for i in range(n)]
    nxt = [[None] * n for _ in range(n)]
    for u, v, w in edges:
        d[idx[u]][idx[v]] = w
        nxt[idx[u]][idx[v]] = idx[v]
    for k in range(n):
        for i in range(n):
            dik = d[i][k]
            if dik == math.inf:
                continue
            for j in range(n):
                if dik + d[k][j] < d[i][j]:
                    d[i][j] = dik + d[k][j]
                    nxt[i][j] = nxt[i][k]
    return d, nxt, idx


dist, pred = bellman_ford(EDGES, "s")
print(dist)
d, nxt, idx = floyd(EDGES)
print(all(d[idx["s"]][idx[n]] == dist[n] for n in NODES))
for row_name in NODES:
    print(row_name, ["." if x == math.inf else x for x in d[idx[row_name]]])


def fw_path(u, v):
    i, j = idx[u], idx[v]
    if nxt[i][j] is None:
        return None
    path = [u]
    while i != j:
        i = nxt[i][j]
        path.append(NODES[i])
    return path


print(fw_path("s", "e"), fw_path("b", "c"), fw_path("e", "s"))
try:
    bellman_ford(EDGES + [("c", "b", -10)], "s")
except ValueError as e:
    print("ValueError:", e)
