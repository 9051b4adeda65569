import asyncio

async def ticker(name, n, log):
    for i in range(n):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    return f'{name} finished'

async def main():
    log = []
    t1 = asyncio.create_task(ticker('a', 3, log))
    t2 = asyncio.create_task(ticker('b', 2, log))
    log.append('tasks created')
    print(t1.done(), t2.done())
    r1 = await t1
    r2 = await t2
    print(r1, r2, t1.done(), t1.result())
    print(log)
    t3 = asyncio.create_task(ticker('c', 1, log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t3.done(), log[-1])
    await t3

asyncio.run(main())
