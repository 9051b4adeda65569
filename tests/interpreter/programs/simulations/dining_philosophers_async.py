# Dining philosophers with asyncio locks: ordered fork acquisition avoids
# deadlock; every philosopher eats the same number of times; the interleaving is
# deterministic because the only suspension points are sleep(0) and lock waits.
import asyncio

N, MEALS = 5, 3


async def philosopher(i, forks, log, meals):
    left, right = i, (i + 1) % N
    first, second = sorted((left, right))
    for _ in range(MEALS):
        async with forks[first]:
            await asyncio.sleep(0)
            async with forks[second]:
                log.append(f"P{i} eats")
                meals[i] += 1
                await asyncio.sleep(0)
        log.append(f"P{i} thinks")
        await asyncio.sleep(0)


async def main():
    forks = [asyncio.Lock() for _ in range(N)]
    log, meals = [], [0] * N
    await asyncio.gather(*(philosopher(i, forks, log, meals) for i in range(N)))
    print(meals, len(log))
    print(log[:12])
    print(all(not f.locked() for f in forks))
    sem = asyncio.Semaphore(2)
    inside, peak = 0, 0

    async def guest(k):
        nonlocal inside, peak
        async with sem:
            inside += 1
            peak = max(peak, inside)
            await asyncio.sleep(0)
            inside -= 1
        return k
    print(await asyncio.gather(*(guest(k) for k in range(6))), peak)
    cond = asyncio.Condition()
    ready = []

    async def waiter(k):
        async with cond:
            await cond.wait_for(lambda: len(ready) > k)
            return f"w{k} saw {ready[k]}"

    async def producer():
        for item in "xyz":
            async with cond:
                ready.append(item)
                cond.notify_all()
            await asyncio.sleep(0)
    results = await asyncio.gather(waiter(2), waiter(0), waiter(1), producer())
    print(results)


asyncio.run(main())
