# 1-D and 2-D heat diffusion with explicit finite differences (a stencil): the
# stable step size, conservation with insulated ends, and the steady state.
def step_1d(u, r):
    n = len(u)
    new = u[:]
    for i in range(n):
        left = u[i - 1] if i > 0 else u[i]
        right = u[i + 1] if i < n - 1 else u[i]
        new[i] = u[i] + r * (left - 2 * u[i] + right)
    return new


u = [0.0] * 21
u[10] = 100.0
total0 = sum(u)
for t in range(1, 201):
    u = step_1d(u, 0.4)
    if t in (1, 10, 50, 200):
        print(t, " ".join(f"{x:5.1f}" for x in u[6:15]), f"sum {sum(u):.9f}")
print("conserved:", abs(sum(u) - total0) < 1e-9)


def step_2d(g, r, hot):
    n = len(g)
    new = [row[:] for row in g]
    for i in range(1, n - 1):
        row, up, down = g[i], g[i - 1], g[i + 1]
        for j in range(1, n - 1):
            new[i][j] = row[j] + r * (up[j] + down[j] + row[j - 1] + row[j + 1] - 4 * row[j])
    for i in range(n):
        new[0][i] = hot  # a hot top edge; the other edges stay cold
    return new


N = 12
g = [[0.0] * N for _ in range(N)]
for sweep in range(1, 401):
    prev = g
    g = step_2d(g, 0.24, 100.0)
    change = max(abs(a - b) for ra, rb in zip(g, prev) for a, b in zip(ra, rb))
    if sweep % 100 == 0:
        print(f"sweep {sweep} centre {g[N // 2][N // 2]:.4f} max change {change:.2e}")
for row in g[:6]:
    print(" ".join(f"{x:5.1f}" for x in row[:6]))
print(all(abs(g[i][j] - g[i][N - 1 - j]) < 1e-9 for i in range(N) for j in range(N)))
