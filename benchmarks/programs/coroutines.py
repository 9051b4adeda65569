"""Recursive coroutines awaiting coroutines (in the spirit of pyperformance's coroutines).

A Fibonacci written with ``async def`` and ``await``, driven by ``send(None)``
without an event loop, plus a chain of awaits through a small class hierarchy.
"""


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


class Stage:
    def __init__(self, nxt=None):
        self.nxt = nxt

    async def handle(self, value):
        if self.nxt is None:
            return value
        return await self.nxt.handle(value + 1)


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


assert drive(fibonacci(24)) == 46368
chain = None
for _ in range(20):
    chain = Stage(chain)
assert sum(drive(chain.handle(i)) for i in range(2000)) == sum(range(2000)) + 19 * 2000
