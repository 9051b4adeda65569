# Cycle detection: Floyd's tortoise and hare and Brent's algorithm on iterated
# functions (x*x+1 mod m, a linked structure), plus undirected cycle detection
# with union-find.
def floyd(f, x0):
    tortoise, hare = f(x0), f(f(x0))
    while tortoise != hare:
        tortoise, hare = f(tortoise), f(f(hare))
    mu, tortoise = 0, x0
    while tortoise != hare:
        tortoise, hare = f(tortoise), f(hare)
        mu += 1
    lam, hare = 1, f(tortoise)
    while tortoise != hare:
        hare = f(hare)
        lam += 1
    return mu, lam


def brent(f, x0):
    power = lam = 1
    tortoise, hare = x0, f(x0)
    while tortoise != hare:
        if power == lam:
            tortoise, power, lam = hare, power * 2, 0
        hare = f(hare)
        lam += 1
    tortoise = hare = x0
    for _ in range(lam):
        hare = f(hare)
    mu = 0
    while tortoise != hare:
        tortoise, hare = f(tortoise), f(hare)
        mu += 1
    return mu, lam


def brute(f, x0):
    seen, x, i = {}, x0, 0
    while x not in seen:
        seen[x] = i
        x, i = f(x), i + 1
    return seen[x], i - seen[x]


for m in (255, 1009, 10007, 65537):
    f = lambda x, m=m: (x * x + 1) % m
    for x0 in (2, 3):
        r = floyd(f, x0)
        assert r == brent(f, x0) == brute(f, x0)
        print(m, x0, r)
NEXT = {1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 3}
print(floyd(NEXT.get, 1), brent(NEXT.get, 1))


def has_cycle(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra == rb:
            return (a, b)
        parent[ra] = rb
    return None


print(has_cycle(5, [(0, 1), (1, 2), (3, 4)]), has_cycle(5, [(0, 1), (1, 2), (2, 3), (3, 1)]))
