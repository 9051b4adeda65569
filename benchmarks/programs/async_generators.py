"""Async generators under asyncio (in the spirit of pyperformance's async_generators).

Chained async generators consumed with ``async for`` and async comprehensions,
with an ``await`` of a ready coroutine at every step.
"""

import asyncio


async def ready(x):
    return x


async def numbers(n):
    for i in range(n):
        yield await ready(i)


async def squares(source):
    async for x in source:
        yield x * x


async def evens(source):
    async for x in source:
        if not x & 1:
            yield x


async def main(n):
    total = 0
    async for v in evens(squares(numbers(n))):
        total += v
    listed = [v async for v in squares(numbers(n // 4))]
    return total, len(listed)


TOTAL, COUNT = asyncio.run(main(40000))
assert TOTAL == sum(i * i for i in range(0, 40000, 2)) and COUNT == 10000
