import asyncio

async def worker(name, ticks, log):
    log.append(f'{name} start')
    for _ in range(ticks):
        await asyncio.sleep(0)
    log.append(f'{name} end')
    return name.upper()

async def main():
    log = []
    results = await asyncio.gather(
        worker('slow', 20, log),
        worker('fast', 0, log),
        worker('mid', 10, log),
    )
    print(results)
    print(log)
    empty = await asyncio.gather()
    print(empty)
    log.clear()
    timed = await asyncio.gather(asyncio.sleep(0.05, 'late'), asyncio.sleep(0, 'early'))
    print(timed)

asyncio.run(main())
