# Kosaraju's SCC algorithm, iterative (no recursion), on a generated graph;
# compared with a reachability-based definition.
def kosaraju(n, edges):
    adj = [[] for _ in range(n)]
    radj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        radj[v].append(u)
    seen, order = [False] * n, []
    for s in range(n):
        if seen[s]:
            continue
        stack = [(s, iter(adj[s]))]
        seen[s] = True
        while stack:
            v, it = stack[-1]
            for w in it:
                if not seen[w]:
                    seen[w] = True
                    stack.append((w, iter(adj[w])))
                    break
            else:
                stack.pop()
                order.append(v)
    comp = [-1] * n
    c = 0
    for s in reversed(order):
        if comp[s] != -1:
            continue
        todo = [s]
        comp[s] = c
        while todo:
            v = todo.pop()
            for w in radj[v]:
                if comp[w] == -1:
                    comp[w] = c
                    todo.append(w)
        c += 1
    return comp, c


N = 40
edges = [(i, (i * 7 + 3) % N) for i in range(N)] + [(i, (i * i + 1) % N) for i in range(0, N, 3)]
comp, count = kosaraju(N, edges)
print("components:", count)
groups = {}
for v, c in enumerate(comp):
    groups.setdefault(c, []).append(v)
print(sorted((len(g), g[0]) for g in groups.values() if len(g) > 1))


def reach(s):
    seen, todo = {s}, [s]
    while todo:
        v = todo.pop()
        for a, b in edges:
            if a == v and b not in seen:
                seen.add(b)
                todo.append(b)
    return seen


R = [reach(v) for v in range(N)]
print(all((comp[u] == comp[v]) == (v in R[u] and u in R[v]) for u in range(N) for v in range(N)))
