import asyncio

async def delayed(value, ticks):
    for _ in range(ticks):
        await asyncio.sleep(0)
    return value

async def main():
    coros = [delayed('c', 30), delayed('a', 1), delayed('b', 15)]
    order = []
    for fut in asyncio.as_completed(coros):
        order.append(await fut)
    print(order)
    tasks = [asyncio.create_task(delayed(i, ticks)) for i, ticks in [(1, 1), (2, 20), (3, 40)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    done, pending = await asyncio.wait(pending)
    print(len(done), len(pending), sorted(t.result() for t in done))
    fast = asyncio.create_task(delayed('fast', 0))
    slow = asyncio.create_task(asyncio.sleep(5, 'slow'))
    done, pending = await asyncio.wait({fast, slow}, timeout=0.2)
    print([t.result() for t in done], len(pending))
    slow.cancel()

asyncio.run(main())
