import asyncio

async def ok(v):
    await asyncio.sleep(0)
    return v

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    res = await asyncio.gather(ok(1), fail('bad'), ok(3), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(ok(1), fail('first failure'), fail('second'))
    except ValueError as e:
        print('gather raised', type(e).__name__, e)
    results = await asyncio.gather(*(ok(i * i) for i in range(5)))
    print(results)

asyncio.run(main())
