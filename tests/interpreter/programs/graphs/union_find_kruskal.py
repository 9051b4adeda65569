# Union-find with path compression and union by rank; Kruskal's MST, connected
# components, and detecting the redundant edge.
class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)
        self.size = dict.fromkeys(items, 1)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True


EDGES = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"),
         (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G"), (3, "X", "Y")]
nodes = sorted({n for _, a, b in EDGES for n in (a, b)})
dsu = DSU(nodes)
mst = [(w, a, b) for w, a, b in sorted(EDGES) if dsu.union(a, b)]
print("MST", mst, "weight", sum(w for w, _, _ in mst))
comps = {}
for n in nodes:
    comps.setdefault(dsu.find(n), []).append(n)
print(sorted(comps.values()), sorted(dsu.size[r] for r in comps))


def redundant(edges):
    d = DSU(range(1, len(edges) + 1))
    for a, b in edges:
        if not d.union(a, b):
            return a, b


print(redundant([(1, 2), (1, 3), (2, 3)]), redundant([(1, 2), (2, 3), (3, 4), (1, 4), (1, 5)]))
d = DSU(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 5)]:
    d.union(a, b)
print([d.find(i) == d.find(0) for i in range(10)], len({d.find(i) for i in range(10)}))
