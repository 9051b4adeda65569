import asyncio

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def arange(n):
    for i in range(n):
        yield i

async def main():
    print([await square(i) for i in range(4)])
    print({i: await square(i) for i in range(3)})
    print(sorted({await square(i) % 3 for i in range(6)}))
    print([i async for i in arange(5) if i % 2])
    print({i: i * 2 async for i in arange(3)})
    print([await square(i) async for i in arange(3)])
    gen = (await square(i) for i in range(3))
    print(type(gen).__name__, [v async for v in gen])
    nested = [[j async for j in arange(i)] for i in range(3)]
    print(nested)

asyncio.run(main())
