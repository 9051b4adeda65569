# Depth-first search, recursive and iterative: discovery/finish times, edge
# classification, cycle detection, and all simple paths.
GRAPH = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["a", "f"], "e": ["f"], "f": [], "g": ["e", "g"]}


def classify(graph):
    time = 0
    disc, fin, kinds = {}, {}, {}

    def visit(u):
        nonlocal time
        time += 1
        disc[u] = time
        for v in graph[u]:
            if v not in disc:
                kinds[(u, v)] = "tree"
                visit(v)
            elif v not in fin:
                kinds[(u, v)] = "back"
            elif disc[u] < disc[v]:
                kinds[(u, v)] = "forward"
            else:
                kinds[(u, v)] = "cross"
        time += 1
        fin[u] = time

    for u in graph:
        if u not in disc:
            visit(u)
    return disc, fin, kinds


disc, fin, kinds = classify(GRAPH)
print({u: (disc[u], fin[u]) for u in GRAPH})
for edge, kind in sorted(kinds.items()):
    print(edge, kind)
print("has cycle:", "back" in kinds.values())


def iterative_order(graph, start):
    seen, order, stack = set(), [], [start]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        stack.extend(reversed(graph[u]))
    return order


print(iterative_order(GRAPH, "a"), iterative_order(GRAPH, "g"))


def all_paths(graph, src, dst, path=()):
    path = path + (src,)
    if src == dst:
        yield path
        return
    for v in graph[src]:
        if v not in path:
            yield from all_paths(graph, v, dst, path)


print(list(all_paths(GRAPH, "a", "f")))
print(sum(1 for _ in all_paths(GRAPH, "g", "f")))
