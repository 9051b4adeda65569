# Tarjan's strongly connected components (recursive, with lowlinks), the
# condensation DAG, and 2-SAT solved with it.
def tarjan(graph):
    index, low, on_stack, stack, sccs = {}, {}, set(), [], []
    counter = [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            sccs.append(sorted(comp))

    for v in graph:
        if v not in index:
            strong(v)
    return sccs


G = {1: [2], 2: [3], 3: [1, 4], 4: [5], 5: [6], 6: [4, 7], 7: [8], 8: [7], 9: [8, 10], 10: [9]}
sccs = tarjan(G)
print(sccs)
comp_of = {v: i for i, c in enumerate(sccs) for v in c}
dag = sorted({(comp_of[u], comp_of[v]) for u in G for v in G[u] if comp_of[u] != comp_of[v]})
print("condensation:", dag)


def two_sat(n, clauses):
    """Variables 1..n; literal -k is 'not k'.  Returns an assignment or None."""
    graph = {lit: [] for k in range(1, n + 1) for lit in (k, -k)}
    for a, b in clauses:
        graph[-a].append(b)
        graph[-b].append(a)
    order = {}
    for i, comp in enumerate(tarjan(graph)):  # reverse topological order
        for lit in comp:
            order[lit] = i
    if any(order[k] == order[-k] for k in range(1, n + 1)):
        return None
    return {k: order[k] < order[-k] for k in range(1, n + 1)}


sol = two_sat(3, [(1, 2), (-1, 3), (-2, -3), (2, 3)])
print(sol)
print(all((sol[abs(a)] == (a > 0)) or (sol[abs(b)] == (b > 0)) for a, b in [(1, 2), (-1, 3), (-2, -3), (2, 3)]))
print(two_sat(1, [(1, 1), (-1, -1)]))
