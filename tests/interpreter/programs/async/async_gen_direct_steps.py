# Async generators stepped many ways: async for (direct steps after the first item),
# manual anext/asend/athrow/aclose in between, awaits of real futures inside, errors,
# exhaustion, and two tasks racing for one generator.
import asyncio

log = []


async def counter(n, label):
    try:
        for i in range(n):
            await asyncio.sleep(0)  # a real future in the middle of a step
            got = yield i
            if got is not None:
                log.append((label, "got", got))
    except ValueError as e:
        log.append((label, "caught", str(e)))
        yield -1
    finally:
        log.append((label, "finally"))


async def boom(n):
    for i in range(n):
        yield i
    raise KeyError("inside")


async def main():
    # async for after a manual first step
    g = counter(5, "a")
    print(await anext(g))
    print([x async for x in g])
    # break, then aclose: the finally block runs at aclose
    g = counter(10, "b")
    async for x in g:
        if x == 3:
            break
    print("broke at", x, log[-1:])
    await g.aclose()
    print(log[-1:])
    # asend and athrow after direct steps
    g = counter(10, "c")
    async for x in g:
        if x == 2:
            break
    print(await g.asend("hello"))
    print(await g.athrow(ValueError("thrown")))
    async for x in g:
        print("after throw", x)
    # an error from the body during a direct step; anext after the end
    g = boom(3)
    try:
        async for x in g:
            print("boom item", x)
    except KeyError as e:
        print("KeyError", e)
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted")
    # exhausted by async for, then asend from outside
    g = counter(2, "d")
    print([x async for x in g])
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("asend after end: StopAsyncIteration")
    # two tasks racing on one generator: CPython refuses the second
    g = counter(100, "e")
    await anext(g)

    async def take(k):
        out = []
        try:
            for _ in range(k):
                out.append(await anext(g))
        except RuntimeError as e:
            out.append(type(e).__name__)
        return out
    a, b = await asyncio.gather(take(3), take(3))
    print(sorted(map(str, a + b)))
    await g.aclose()
    # nested chain of generators with sleeps inside
    async def src(n):
        for i in range(n):
            if i % 3 == 0:
                await asyncio.sleep(0)
            yield i

    async def double(s):
        async for v in s:
            yield v * 2

    print([v async for v in double(double(src(10)))])
    print(log)


asyncio.run(main())


async def leave():
    g = counter(5, "f")
    async for x in g:
        if x == 2:
            break
    print("left at", x)

asyncio.run(leave())
print(log[-1])


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        log.append((self.name, "enter"))
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        log.append((self.name, "exit", exc[0].__name__ if exc[0] else None))
        return False


async def managed(n):
    async with Resource("r") as r:
        for i in range(n):
            yield r.name + str(i)
    yield "after"


async def cleanup_awaits():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        log.append("cleaned up after an await")


async def more():
    log.clear()
    print([x async for x in managed(3)], log)
    log.clear()
    g = managed(5)
    async for x in g:
        if x == "r1":
            break
    await g.aclose()
    print(log)
    log.clear()
    g = cleanup_awaits()
    async for x in g:
        pass
    g = cleanup_awaits()
    print(await anext(g), await anext(g))
    await g.aclose()
    print(log)
    # StopIteration from their code: stop_iteration_in_coroutines.py


asyncio.run(more())
