# Prim's algorithm with a heap over a dense Euclidean graph of points (rounded
# weights) compared with Kruskal; the MST's longest edge splits two clusters.
import heapq
import math

POINTS = [(0, 0), (1, 1), (2, 0), (1, -1), (10, 10), (11, 11), (12, 10), (11, 9), (5, 5)]


def weight(i, j):
    return round(math.dist(POINTS[i], POINTS[j]), 6)


def prim(n):
    in_tree = [False] * n
    heap = [(0.0, 0, -1)]
    edges = []
    while heap:
        w, v, u = heapq.heappop(heap)
        if in_tree[v]:
            continue
        in_tree[v] = True
        if u >= 0:
            edges.append((w, min(u, v), max(u, v)))
        for x in range(n):
            if not in_tree[x]:
                heapq.heappush(heap, (weight(v, x), x, v))
    return edges


def kruskal(n):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    out = []
    for w, i, j in sorted((weight(i, j), i, j) for i in range(n) for j in range(i + 1, n)):
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[ri] = rj
            out.append((w, i, j))
    return out


p = prim(len(POINTS))
k = kruskal(len(POINTS))
print(sorted(p) == sorted(k), round(sum(w for w, *_ in p), 4))
for w, i, j in sorted(p):
    print(f"{POINTS[i]} - {POINTS[j]}: {w}")
cut = max(p)
rest = [e for e in p if e != cut]
adj = {i: [] for i in range(len(POINTS))}
for _, i, j in rest:
    adj[i].append(j)
    adj[j].append(i)
seen, stack = {0}, [0]
while stack:
    for nb in adj[stack.pop()]:
        if nb not in seen:
            seen.add(nb)
            stack.append(nb)
print("clusters:", sorted(POINTS[i] for i in seen), sorted(POINTS[i] for i in adj if i not in seen))
