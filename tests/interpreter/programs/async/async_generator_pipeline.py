# Async generator pipelines: async for over chained async generators, asend and
# athrow, aclose running finally blocks, async comprehensions, and early exit
# from async for finalising the generator.
import asyncio

log = []


async def numbers(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append(f"numbers({n}) closed")


async def squares(source):
    async for x in source:
        yield x * x


async def take(source, k):
    async for x in source:
        if k <= 0:
            return
        k -= 1
        yield x


async def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
            except ValueError as e:
                received.append(f"err:{e}")
                continue
            received.append(value)
    finally:
        log.append(f"echo closed with {received}")


async def main():
    print([x async for x in squares(numbers(5))])
    print([x async for x in take(squares(numbers(100)), 3)])
    gen = numbers(10)
    async for x in gen:
        if x == 2:
            break
    await gen.aclose()
    print(log)
    e = echo()
    print(await e.asend(None), await e.asend("a"), await e.athrow(ValueError("x")), await e.asend("b"))
    await e.aclose()
    print(log[-1])
    total = 0
    async for v in take(numbers(6), 10):
        total += v
    print(total, {x % 3 async for x in numbers(7)}, {x: x * 2 async for x in numbers(3)})
    agen = numbers(1)
    print(await agen.__anext__())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await anext(numbers(3)), await anext(take(numbers(0), 1), "default"))
    it = aiter(numbers(2))
    print(it.__class__.__name__, [v async for v in it])


asyncio.run(main())
