# Bipartite checks by BFS two-colouring, and maximum bipartite matching with
# augmenting paths (Kuhn's algorithm) for a job assignment.
from collections import deque


def two_colour(adj):
    colour = {}
    for s in sorted(adj):
        if s in colour:
            continue
        colour[s] = 0
        q = deque([s])
        while q:
            u = q.popleft()
            for v in adj[u]:
                if v not in colour:
                    colour[v] = 1 - colour[u]
                    q.append(v)
                elif colour[v] == colour[u]:
                    return None, (u, v)
    return colour, None


def cycle(n):
    return {i: [(i - 1) % n, (i + 1) % n] for i in range(n)}


for n in (4, 5, 6):
    colour, conflict = two_colour(cycle(n))
    print(n, "bipartite" if colour else f"odd cycle, conflict {conflict}",
          [colour[i] for i in range(n)] if colour else "")

LIKES = {"ann": ["cook", "drive"], "bob": ["cook"], "cat": ["drive", "paint", "code"],
         "dan": ["paint"], "eve": ["code", "cook"], "fay": ["paint"]}


def max_matching(likes):
    owner = {}

    def augment(person, seen):
        for job in likes[person]:
            if job in seen:
                continue
            seen.add(job)
            if job not in owner or augment(owner[job], seen):
                owner[job] = person
                return True
        return False

    size = sum(augment(p, set()) for p in sorted(likes))
    return size, {p: j for j, p in owner.items()}


size, match = max_matching(LIKES)
print(size, sorted(match.items()))
print("unmatched:", sorted(set(LIKES) - set(match)))
