import asyncio

async def main():
    lock = asyncio.Lock()
    shared = []

    async def critical(name):
        async with lock:
            shared.append(f'{name} in')
            await asyncio.sleep(0)
            shared.append(f'{name} out')

    await asyncio.gather(critical('a'), critical('b'), critical('c'))
    print(shared)
    event = asyncio.Event()

    async def waiter(n):
        await event.wait()
        return f'waiter {n} released'

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print('is_set', event.is_set(), [t.done() for t in tasks])
    event.set()
    print(await asyncio.gather(*tasks))
    sem = asyncio.Semaphore(2)
    active, peak = [], 0

    async def limited(i):
        nonlocal peak
        async with sem:
            active.append(i)
            peak = max(peak, len(active))
            await asyncio.sleep(0)
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(6)))
    print('peak concurrency', peak)

asyncio.run(main())
