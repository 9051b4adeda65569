# Lowest common ancestors in a rooted tree with binary lifting, distances
# between nodes, the tree's diameter by two BFS passes, and its centre.
from collections import deque

PARENT = {1: None, 2: 1, 3: 1, 4: 2, 5: 2, 6: 3, 7: 3, 8: 4, 9: 4, 10: 5, 11: 6, 12: 11, 13: 12, 14: 12}
children = {v: [] for v in PARENT}
for v, p in PARENT.items():
    if p is not None:
        children[p].append(v)

depth = {1: 0}
order = deque([1])
while order:
    v = order.popleft()
    for c in children[v]:
        depth[c] = depth[v] + 1
        order.append(c)

LOG = max(depth.values()).bit_length()
up = [{v: (PARENT[v] or v) for v in PARENT}]
for k in range(1, LOG + 1):
    prev = up[-1]
    up.append({v: prev[prev[v]] for v in PARENT})


def lca(a, b):
    if depth[a] < depth[b]:
        a, b = b, a
    diff = depth[a] - depth[b]
    for k in range(LOG + 1):
        if diff >> k & 1:
            a = up[k][a]
    if a == b:
        return a
    for k in range(LOG, -1, -1):
        if up[k][a] != up[k][b]:
            a, b = up[k][a], up[k][b]
    return up[0][a]


def naive_lca(a, b):
    ancestors = set()
    while a is not None:
        ancestors.add(a)
        a = PARENT[a]
    while b not in ancestors:
        b = PARENT[b]
    return b


pairs = [(8, 9), (8, 10), (13, 7), (14, 13), (4, 4), (10, 14), (1, 14)]
for a, b in pairs:
    x = lca(a, b)
    assert x == naive_lca(a, b)
    print(a, b, "lca", x, "dist", depth[a] + depth[b] - 2 * depth[x])
print(all(lca(a, b) == naive_lca(a, b) for a in PARENT for b in PARENT))

adj = {v: children[v] + ([PARENT[v]] if PARENT[v] else []) for v in PARENT}


def farthest(src):
    dist, prev = {src: 0}, {src: None}
    q = deque([src])
    while q:
        v = q.popleft()
        for w in sorted(adj[v]):
            if w not in dist:
                dist[w], prev[w] = dist[v] + 1, v
                q.append(w)
    end = max(sorted(dist), key=dist.get)
    return end, dist[end], prev


a, _, _ = farthest(1)
b, diameter, prev = farthest(a)
path = [b]
while prev[path[-1]] is not None:
    path.append(prev[path[-1]])
print("diameter", diameter, path, "centre", path[len(path) // 2] if len(path) % 2 else path[len(path) // 2 - 1:len(path) // 2 + 1])
