# A small gravitational n-body system (leapfrog integration), deterministic floats:
# energy and momentum are tracked and printed rounded.
import math

BODIES = [
    # x, y, vx, vy, mass
    [0.0, 0.0, 0.0, 0.0, 1000.0],
    [100.0, 0.0, 0.0, 3.1622776601683795, 1.0],
    [-150.0, 0.0, 0.0, -2.581988897471611, 2.0],
    [0.0, 220.0, -2.1320071635561044, 0.0, 0.5],
]
G, DT = 1.0, 0.05


def accelerations(bodies):
    acc = [[0.0, 0.0] for _ in bodies]
    for i, (xi, yi, _, _, mi) in enumerate(bodies):
        for j in range(i + 1, len(bodies)):
            xj, yj, _, _, mj = bodies[j]
            dx, dy = xj - xi, yj - yi
            d2 = dx * dx + dy * dy
            inv = G / (d2 * math.sqrt(d2))
            acc[i][0] += dx * inv * mj
            acc[i][1] += dy * inv * mj
            acc[j][0] -= dx * inv * mi
            acc[j][1] -= dy * inv * mi
    return acc


def energy(bodies):
    kinetic = sum(0.5 * m * (vx * vx + vy * vy) for _, _, vx, vy, m in bodies)
    potential = 0.0
    for i, a in enumerate(bodies):
        for b in bodies[i + 1:]:
            potential -= G * a[4] * b[4] / math.hypot(a[0] - b[0], a[1] - b[1])
    return kinetic + potential


def momentum(bodies):
    return (sum(b[2] * b[4] for b in bodies), sum(b[3] * b[4] for b in bodies))


e0 = energy(BODIES)
acc = accelerations(BODIES)
for step in range(1, 2001):
    for b, (ax, ay) in zip(BODIES, acc):
        b[2] += 0.5 * DT * ax
        b[3] += 0.5 * DT * ay
        b[0] += DT * b[2]
        b[1] += DT * b[3]
    acc = accelerations(BODIES)
    for b, (ax, ay) in zip(BODIES, acc):
        b[2] += 0.5 * DT * ax
        b[3] += 0.5 * DT * ay
    if step % 500 == 0:
        px, py = momentum(BODIES)
        print(f"step {step}: E {energy(BODIES):.6f} rel.drift {abs(energy(BODIES) - e0) / abs(e0):.2e} "
              f"p ({px:.3e}, {py:.3e}) r1 {math.hypot(BODIES[1][0] - BODIES[0][0], BODIES[1][1] - BODIES[0][1]):.3f}")
print([f"{b[0]:.4f},{b[1]:.4f}" for b in BODIES])
