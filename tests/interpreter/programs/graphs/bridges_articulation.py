# Bridges and articulation points with Tarjan's low-link DFS on an undirected
# graph; removing a bridge disconnects, removing a non-bridge does not.
def bridges_and_cuts(adj):
    disc, low = {}, {}
    bridges, cuts = [], set()
    t = [0]

    def dfs(u, parent):
        disc[u] = low[u] = t[0]
        t[0] += 1
        children = 0
        for v in adj[u]:
            if v == parent:
                continue
            if v in disc:
                low[u] = min(low[u], disc[v])
            else:
                children += 1
                dfs(v, u)
                low[u] = min(low[u], low[v])
                if low[v] > disc[u]:
                    bridges.append(tuple(sorted((u, v))))
                if parent is not None and low[v] >= disc[u]:
                    cuts.add(u)
        if parent is None and children > 1:
            cuts.add(u)

    for u in sorted(adj):
        if u not in disc:
            dfs(u, None)
    return sorted(bridges), sorted(cuts)


EDGES = [(0, 1), (1, 2), (2, 0), (1, 3), (3, 4), (4, 5), (5, 3), (5, 6), (7, 8), (8, 9), (9, 7), (6, 10)]


def build(edges):
    adj = {}
    for a, b in edges:
        adj.setdefault(a, []).append(b)
        adj.setdefault(b, []).append(a)
    return adj


def components(adj):
    seen, n = set(), 0
    for s in adj:
        if s in seen:
            continue
        n += 1
        stack = [s]
        while stack:
            u = stack.pop()
            if u not in seen:
                seen.add(u)
                stack.extend(adj[u])
    return n


adj = build(EDGES)
bridges, cuts = bridges_and_cuts(adj)
print("bridges", bridges)
print("articulation points", cuts)
base = components(adj)
for e in EDGES:
    rest = build([x for x in EDGES if x != e])
    for node in adj:
        rest.setdefault(node, [])
    split = components(rest) > base
    assert split == (tuple(sorted(e)) in bridges), e
print("checked", len(EDGES), "edges; components", base)
