# A chain of masses and springs integrated with velocity Verlet: energy stays
# bounded, the centre of mass stays put; a damped run loses energy.
def forces(xs, k, rest):
    f = [0.0] * len(xs)
    for i in range(len(xs) - 1):
        stretch = xs[i + 1] - xs[i] - rest
        f[i] += k * stretch
        f[i + 1] -= k * stretch
    return f


def energy(xs, vs, m, k, rest):
    kinetic = sum(0.5 * m * v * v for v in vs)
    potential = sum(0.5 * k * (xs[i + 1] - xs[i] - rest) ** 2 for i in range(len(xs) - 1))
    return kinetic + potential


def simulate(n=6, steps=2000, dt=0.01, k=4.0, m=1.0, rest=1.0, damping=0.0):
    xs = [i * rest for i in range(n)]
    xs[-1] += 0.5  # stretch the last spring
    vs = [0.0] * n
    f = forces(xs, k, rest)
    e0 = energy(xs, vs, m, k, rest)
    lo = hi = e0
    for step in range(steps):
        vs = [v + 0.5 * dt * fi / m for v, fi in zip(vs, f)]
        xs = [x + dt * v for x, v in zip(xs, vs)]
        f = forces(xs, k, rest)
        vs = [(v + 0.5 * dt * fi / m) * (1 - damping) for v, fi in zip(vs, f)]
        e = energy(xs, vs, m, k, rest)
        lo, hi = min(lo, e), max(hi, e)
        if step % 500 == 499:
            com = sum(xs) / n
            print(f"  step {step + 1:4} E {e:.6f} com {com:.6f} x_end {xs[-1]:.4f}")
    return e0, lo, hi, e


e0, lo, hi, e = simulate()
print(f"undamped: E0 {e0:.6f} range {lo:.6f}..{hi:.6f} drift {abs(e - e0) / e0:.2e}")
e0, lo, hi, e = simulate(damping=0.002)
print(f"damped: E0 {e0:.6f} final {e:.6f} ratio {e / e0:.4f}")
