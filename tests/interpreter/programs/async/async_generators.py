import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i

async def doubler(src):
    async for v in src:
        yield v * 2

async def main():
    print([v async for v in agen(4)])
    print([v async for v in doubler(agen(4)) if v > 2])
    g = agen(2)
    print(type(g).__name__)
    print(await g.__anext__(), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('exhausted')
    print(await anext(agen(0), 'default'))
    it = aiter(agen(3))
    print(await anext(it), await anext(it))

asyncio.run(main())
