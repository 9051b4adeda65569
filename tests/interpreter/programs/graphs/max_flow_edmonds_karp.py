# Maximum flow with Edmonds-Karp (BFS augmenting paths) on a capacity matrix,
# the min cut it implies, and flow conservation checks.
from collections import deque

NAMES = ["s", "a", "b", "c", "d", "t"]
CAP = {("s", "a"): 16, ("s", "c"): 13, ("a", "b"): 12, ("c", "a"): 4, ("b", "c"): 9,
       ("c", "d"): 14, ("d", "b"): 7, ("b", "t"): 20, ("d", "t"): 4}


def max_flow(cap, s, t):
    flow = {}
    residual = dict(cap)
    for (u, v) in list(cap):
        residual.setdefault((v, u), 0)
    adj = {n: sorted(v for (u, v) in residual if u == n) for n in NAMES}
    total, paths = 0, []
    while True:
        parent = {s: None}
        q = deque([s])
        while q and t not in parent:
            u = q.popleft()
            for v in adj[u]:
                if v not in parent and residual[(u, v)] > 0:
                    parent[v] = u
                    q.append(v)
        if t not in parent:
            break
        path, v = [], t
        while parent[v] is not None:
            path.append((parent[v], v))
            v = parent[v]
        push = min(residual[e] for e in path)
        for u, v in path:
            residual[(u, v)] -= push
            residual[(v, u)] += push
            flow[(u, v)] = flow.get((u, v), 0) + push
        total += push
        paths.append(("".join([path[-1][0]] + [v for _, v in reversed(path)]), push))
    reach = set(parent)
    return total, paths, residual, reach


total, paths, residual, reach = max_flow(CAP, "s", "t")
print("max flow", total)
print(paths)
cut = sorted(e for e in CAP if e[0] in reach and e[1] not in reach)
print("min cut", cut, sum(CAP[e] for e in cut))
net = {(u, v): CAP[(u, v)] - residual[(u, v)] for (u, v) in CAP}
for n in NAMES[1:-1]:
    inflow = sum(f for (u, v), f in net.items() if v == n)
    outflow = sum(f for (u, v), f in net.items() if u == n)
    print(n, inflow, outflow, inflow == outflow)
