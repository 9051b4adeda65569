import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1

async def main():
    async for v in Countdown(3):
        print('tick', v)
    items = [v async for v in Countdown(4)]
    print(items)
    async for v in Countdown(5):
        if v == 3:
            break
    else:
        print('not printed')
    print('broke out')
    try:
        async for v in [1, 2]:
            pass
    except TypeError as e:
        print(type(e).__name__, e)

asyncio.run(main())
