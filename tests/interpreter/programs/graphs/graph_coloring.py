# Graph colouring: greedy (largest-degree first, DSatur) and exact backtracking for
# the chromatic number; checked on cycles, a wheel, the Petersen graph and a map.
import itertools


def petersen():
    outer = [(i, (i + 1) % 5) for i in range(5)]
    spokes = [(i, i + 5) for i in range(5)]
    inner = [(5 + i, 5 + (i + 2) % 5) for i in range(5)]
    return outer + spokes + inner


def adjacency(edges):
    adj = {}
    for a, b in edges:
        adj.setdefault(a, set()).add(b)
        adj.setdefault(b, set()).add(a)
    return adj


def greedy(adj, order):
    colour = {}
    for v in order:
        used = {colour[u] for u in adj[v] if u in colour}
        colour[v] = next(c for c in itertools.count() if c not in used)
    return colour


def dsatur(adj):
    colour = {}
    while len(colour) < len(adj):
        def saturation(v):
            return len({colour[u] for u in adj[v] if u in colour}), len(adj[v])
        v = max(sorted(v for v in adj if v not in colour), key=saturation)
        used = {colour[u] for u in adj[v] if u in colour}
        colour[v] = next(c for c in itertools.count() if c not in used)
    return colour


def chromatic(adj):
    nodes = sorted(adj, key=lambda v: -len(adj[v]))
    for k in range(1, len(nodes) + 1):
        colour = {}

        def place(i):
            if i == len(nodes):
                return True
            v = nodes[i]
            for c in range(k):
                if all(colour.get(u) != c for u in adj[v]):
                    colour[v] = c
                    if place(i + 1):
                        return True
                    del colour[v]
            return False
        if place(0):
            return k, dict(sorted(colour.items()))


def valid(adj, colour):
    return all(colour[a] != colour[b] for a in adj for b in adj[a])


GRAPHS = {
    "C5": [(i, (i + 1) % 5) for i in range(5)],
    "C6": [(i, (i + 1) % 6) for i in range(6)],
    "W6": [(i, (i + 1) % 5) for i in range(5)] + [(5, i) for i in range(5)],
    "petersen": petersen(),
    "K4": list(itertools.combinations(range(4), 2)),
    "map": [("WA", "NT"), ("WA", "SA"), ("NT", "SA"), ("NT", "Q"), ("SA", "Q"), ("SA", "NSW"),
            ("SA", "V"), ("Q", "NSW"), ("NSW", "V")],
}
for name, edges in GRAPHS.items():
    adj = adjacency(edges)
    g = greedy(adj, sorted(adj, key=lambda v: (-len(adj[v]), str(v))))
    d = dsatur(adj)
    k, exact = chromatic(adj)
    assert valid(adj, g) and valid(adj, d) and valid(adj, exact)
    print(f"{name:9} greedy {max(g.values()) + 1} dsatur {max(d.values()) + 1} chromatic {k} {exact}")
