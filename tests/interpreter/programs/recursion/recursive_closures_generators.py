def make_walker():
    visited = []
    def walk(graph, node):
        if node in visited:
            return
        visited.append(node)
        for nxt in graph.get(node, []):
            walk(graph, nxt)
    return walk, visited

graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'a'], 'd': ['e'], 'e': []}
walk, visited = make_walker()
walk(graph, 'a')
print(visited)

def gen_paths(graph, node, target, path=()):
    path = path + (node,)
    if node == target:
        yield path
        return
    for nxt in graph.get(node, []):
        if nxt not in path:
            yield from gen_paths(graph, nxt, target, path)

print(list(gen_paths(graph, 'a', 'e')))

def collatz(n, steps=0):
    return steps if n == 1 else collatz(n // 2 if n % 2 == 0 else 3 * n + 1, steps + 1)

print([collatz(n) for n in range(1, 16)], max(range(1, 100), key=collatz))
