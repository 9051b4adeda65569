# Eulerian paths and circuits with Hierholzer's algorithm (directed and
# undirected), and the de Bruijn sequence built from an Eulerian circuit.
from collections import defaultdict
from itertools import product


def euler_directed(edges):
    out = defaultdict(list)
    deg = defaultdict(int)
    for u, v in edges:
        out[u].append(v)
        deg[u] += 1
        deg[v] -= 1
    for u in out:
        out[u].sort(reverse=True)  # pop() takes the smallest first
    starts = [u for u in deg if deg[u] == 1]
    if any(abs(d) > 1 for d in deg.values()) or len(starts) > 1:
        return None
    start = starts[0] if starts else min(out)
    stack, path = [start], []
    while stack:
        u = stack[-1]
        if out[u]:
            stack.append(out[u].pop())
        else:
            path.append(stack.pop())
    path.reverse()
    return path if len(path) == len(edges) + 1 else None


print(euler_directed([("a", "b"), ("b", "c"), ("c", "a"), ("a", "d"), ("d", "a")]))
print(euler_directed([(1, 2), (2, 3), (3, 1), (3, 4)]))
print(euler_directed([(1, 2), (1, 3)]))


def de_bruijn(k, n):
    nodes = ["".join(p) for p in product("01" if k == 2 else "012", repeat=n - 1)]
    edges = [(v, v[1:] + c) for v in nodes for c in ("01" if k == 2 else "012")]
    circuit = euler_directed(edges)
    return circuit[0] + "".join(v[-1] for v in circuit[1:])


for k, n in [(2, 3), (2, 4), (3, 2)]:
    s = de_bruijn(k, n)
    body = s[: len(s) - (n - 1)]
    windows = {(body + body[: n - 1])[i:i + n] for i in range(len(body))}
    print(k, n, s, len(windows) == k ** n)


def euler_undirected(edges):
    adj = defaultdict(list)
    for i, (u, v) in enumerate(edges):
        adj[u].append((v, i))
        adj[v].append((u, i))
    odd = sorted(u for u in adj if len(adj[u]) % 2)
    if len(odd) not in (0, 2):
        return None
    used = [False] * len(edges)
    stack, path = [odd[0] if odd else min(adj)], []
    while stack:
        u = stack[-1]
        while adj[u] and used[adj[u][-1][1]]:
            adj[u].pop()
        if adj[u]:
            v, i = adj[u].pop()
            used[i] = True
            stack.append(v)
        else:
            path.append(stack.pop())
    return path[::-1]


print(euler_undirected([(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 3)]))
print(euler_undirected([(0, 1), (1, 2), (2, 3), (3, 0), (0, 2)]))
print(euler_undirected([(0, 1), (0, 2), (0, 3)]))
