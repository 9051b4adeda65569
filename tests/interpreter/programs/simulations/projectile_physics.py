# Projectile motion with air drag, integrated with explicit Euler and RK4 steps;
# compared with the closed form without drag.  Floats are printed rounded.
import math


def derivs(state, k, g=9.81):
    x, y, vx, vy = state
    v = math.hypot(vx, vy)
    return (vx, vy, -k * v * vx, -g - k * v * vy)


def euler(state, dt, k):
    d = derivs(state, k)
    return tuple(s + dt * ds for s, ds in zip(state, d))


def rk4(state, dt, k):
    def add(s, d, h):
        return tuple(a + h * b for a, b in zip(s, d))
    k1 = derivs(state, k)
    k2 = derivs(add(state, k1, dt / 2), k)
    k3 = derivs(add(state, k2, dt / 2), k)
    k4 = derivs(add(state, k3, dt), k)
    return tuple(s + dt / 6 * (a + 2 * b + 2 * c + d) for s, a, b, c, d in zip(state, k1, k2, k3, k4))


def fly(stepper, speed, angle_deg, k, dt=0.01):
    a = math.radians(angle_deg)
    state = (0.0, 0.0, speed * math.cos(a), speed * math.sin(a))
    t, top = 0.0, 0.0
    while True:
        nxt = stepper(state, dt, k)
        t += dt
        top = max(top, nxt[1])
        if nxt[1] < 0:
            frac = state[1] / (state[1] - nxt[1])  # interpolate the landing point
            return state[0] + frac * (nxt[0] - state[0]), top, t
        state = nxt


for angle in (15, 30, 45, 60):
    exact = 30.0 ** 2 * math.sin(math.radians(2 * angle)) / 9.81
    r_e, h_e, _ = fly(euler, 30.0, angle, 0.0)
    r_r, h_r, t_r = fly(rk4, 30.0, angle, 0.0)
    r_d, h_d, t_d = fly(rk4, 30.0, angle, 0.02)
    print(f"{angle:2}deg exact {exact:7.3f} euler {r_e:7.3f} rk4 {r_r:7.3f} drag {r_d:7.3f} "
          f"top {h_d:6.3f} t {t_d:.2f}")
best = max(range(20, 61, 5), key=lambda a: fly(rk4, 30.0, a, 0.02)[0])
print("best angle with drag:", best)
print(f"{math.fsum([0.1] * 10)!r} {sum([0.1] * 10)!r} {math.isclose(0.1 * 3, 0.3)}")
