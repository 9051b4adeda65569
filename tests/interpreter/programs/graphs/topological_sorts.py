# Topological sorting: Kahn's algorithm with a heap for the lexicographically
# smallest order, DFS post-order, cycle reporting, and the longest path in a DAG.
import heapq
from collections import defaultdict

DEPS = {
    "app": ["lib", "ui", "config"],
    "ui": ["lib", "assets"],
    "lib": ["core"],
    "tests": ["app", "mocks"],
    "mocks": ["core"],
    "core": [],
    "assets": [],
    "config": ["core"],
}


def kahn(deps):
    indeg = {n: 0 for n in deps}
    users = defaultdict(list)
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
            users[d].append(n)
    ready = [n for n, k in indeg.items() if k == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        n = heapq.heappop(ready)
        order.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                heapq.heappush(ready, u)
    if len(order) != len(deps):
        raise ValueError("cycle among " + ", ".join(sorted(n for n, k in indeg.items() if k)))
    return order


def dfs_order(deps):
    state, order = {}, []

    def visit(n, stack):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(stack[stack.index(n):] + [n]))
        state[n] = "active"
        for d in deps[n]:
            visit(d, stack + [n])
        state[n] = "done"
        order.append(n)

    for n in sorted(deps):
        visit(n, [])
    return order


print(kahn(DEPS))
print(dfs_order(DEPS))
cyclic = dict(DEPS, core=["tests"])
for algo in (kahn, dfs_order):
    try:
        algo(cyclic)
    except ValueError as e:
        print(algo.__name__, "ValueError:", e)

DURATION = {"core": 3, "lib": 2, "assets": 1, "ui": 4, "config": 1, "app": 2, "mocks": 1, "tests": 5}
finish = {}
for n in kahn(DEPS):
    finish[n] = DURATION[n] + max((finish[d] for d in DEPS[n]), default=0)
crit = max(finish, key=finish.get)
chain = [crit]
while DEPS[chain[-1]]:
    chain.append(max(DEPS[chain[-1]], key=finish.get))
print("makespan", finish[crit], "critical path", " <- ".join(chain))
