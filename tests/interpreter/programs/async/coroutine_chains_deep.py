# Chains of coroutines awaiting coroutines: depth-first chains, fan-out with
# gather at each level, exceptions travelling up a chain with their context, and
# results that do not depend on timing (sleep(0) only).
import asyncio


async def leaf(i):
    await asyncio.sleep(0)
    return i


async def chain(depth, i):
    if depth == 0:
        return await leaf(i)
    return await chain(depth - 1, i) + 1


async def tree(depth, i):
    if depth == 0:
        return await leaf(i)
    left, right = await asyncio.gather(tree(depth - 1, 2 * i), tree(depth - 1, 2 * i + 1))
    return left + right


async def failing(depth):
    if depth == 0:
        await asyncio.sleep(0)
        raise LookupError("bottom")
    try:
        return await failing(depth - 1)
    except LookupError as e:
        if depth == 3:
            raise RuntimeError(f"wrapped at {depth}") from e
        raise


order = []


async def worker(name, steps):
    for s in range(steps):
        order.append(f"{name}{s}")
        await asyncio.sleep(0)
    return name * steps


async def main():
    print(await chain(200, 5))
    print(await tree(6, 0), sum(range(64)))
    try:
        await failing(6)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    results = await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 4))
    print(results, order)
    coros = [chain(d, d) for d in range(5)]
    print(await asyncio.gather(*coros))
    t = asyncio.create_task(chain(50, 0))
    print(t.done(), await t, t.done(), t.result())
    value = await asyncio.gather(*(leaf(i) for i in range(100)))
    print(sum(value), type(value).__name__)


asyncio.run(main())
