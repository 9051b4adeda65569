import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y

async def main():
    print(await compute())
    coro = add(5, 5)
    print(type(coro).__name__)
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print(type(e).__name__, e)
    results = [await add(i, i) for i in range(3)]
    print(results)
    return 'main done'

print(asyncio.run(main()))

async def not_awaited_value():
    return 42

print(asyncio.run(not_awaited_value()))
