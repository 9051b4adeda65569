# A discrete-event M/M/1 queue with a seeded random.Random; compares measured
# mean waiting time with the formula, and runs a two-server variant.
import heapq
import random
import statistics


def simulate(lam, mu, n_customers, servers=1, seed=7):
    rng = random.Random(seed)
    events = []
    t = 0.0
    for i in range(n_customers):
        t += rng.expovariate(lam)
        heapq.heappush(events, (t, 0, i))  # 0 = arrival
    free = servers
    waiting = []
    arrival, start = {}, {}
    busy_time = 0.0
    seq = n_customers
    while events:
        now, kind, cust = heapq.heappop(events)
        if kind == 0:
            arrival[cust] = now
            if free:
                free -= 1
                start[cust] = now
                service = rng.expovariate(mu)
                busy_time += service
                seq += 1
                heapq.heappush(events, (now + service, 1, cust))
            else:
                waiting.append(cust)
        else:
            if waiting:
                nxt = waiting.pop(0)
                start[nxt] = now
                service = rng.expovariate(mu)
                busy_time += service
                heapq.heappush(events, (now + service, 1, nxt))
            else:
                free += 1
            last = now
    waits = [start[c] - arrival[c] for c in range(n_customers)]
    return statistics.mean(waits), max(waits), busy_time / (last * servers)


lam, mu = 0.8, 1.0
mean_wait, max_wait, util = simulate(lam, mu, 3000)
rho = lam / mu
print(f"M/M/1 measured Wq {mean_wait:.3f} theory {rho / (mu - lam):.3f} util {util:.3f} max {max_wait:.2f}")
mean2, max2, util2 = simulate(lam * 2, mu, 3000, servers=2)
print(f"M/M/2 Wq {mean2:.3f} util {util2:.3f} max {max2:.2f}")
for s in (1, 2, 3):
    print(s, round(simulate(0.5, 1.0, 500, seed=s)[0], 4))
rng = random.Random(2024)
print([round(rng.random(), 6) for _ in range(3)], rng.randint(1, 6), rng.choice("abc"),
      rng.sample(range(20), 4))
