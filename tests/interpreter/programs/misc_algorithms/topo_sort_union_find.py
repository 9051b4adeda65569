from collections import deque

def topo_sort(deps):
    nodes = set(deps) | {d for ds in deps.values() for d in ds}
    indeg = {n: 0 for n in nodes}
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
    q = deque(sorted(n for n in nodes if indeg[n] == 0))
    order = []
    while q:
        n = q.popleft()
        order.append(n)
        for m in sorted(k for k, ds in deps.items() if n in ds):
            indeg[m] -= 1
            if indeg[m] == 0:
                q.append(m)
    if len(order) != len(nodes):
        raise ValueError('cycle detected')
    return order

print(topo_sort({'app': ['lib', 'utils'], 'lib': ['utils', 'core'], 'utils': ['core'], 'tests': ['app']}))
try:
    topo_sort({'a': ['b'], 'b': ['a']})
except ValueError as e:
    print(type(e).__name__, e)
parent = list(range(10))

def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x

for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9)]:
    parent[find(a)] = find(b)
groups = {}
for i in range(10):
    groups.setdefault(find(i), []).append(i)
print(sorted(groups.values()))
