# Dijkstra's algorithm with heapq and lazy deletion on a road map; path
# reconstruction, and a check against Bellman-Ford style relaxation.
import heapq
import math

ROADS = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
         ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1)]
graph = {}
for u, v, w in ROADS:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    done = set()
    pops = 0
    while heap:
        d, u = heapq.heappop(heap)
        pops += 1
        if u in done:
            continue
        done.add(u)
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, math.inf):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev, pops


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


dist, prev, pops = dijkstra(graph, "A")
for node in sorted(graph):
    if node in dist:
        print(node, dist[node], "->".join(path(prev, node)))
    else:
        print(node, "unreachable")
print("heap pops:", pops)

relaxed = {n: math.inf for n in graph}
relaxed["A"] = 0
for _ in range(len(graph) - 1):
    for u, v, w in ROADS + [(v, u, w) for u, v, w in ROADS]:
        if relaxed[u] + w < relaxed[v]:
            relaxed[v] = relaxed[u] + w
print(all(relaxed[n] == dist.get(n, math.inf) for n in graph))

grid = ["131", "919", "111"]
cost = {(r, c): int(ch) for r, row in enumerate(grid) for c, ch in enumerate(row)}
g2 = {p: [((p[0] + dr, p[1] + dc), cost[(p[0] + dr, p[1] + dc)])
          for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)) if (p[0] + dr, p[1] + dc) in cost]
      for p in cost}
d2, p2, _ = dijkstra(g2, (0, 0))
print(d2[(2, 2)] + cost[(0, 0)], path(p2, (2, 2)))
