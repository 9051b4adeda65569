import asyncio

class Service:
    def __init__(self, name):
        self.name = name
        self.calls = 0

    async def call(self, x):
        self.calls += 1
        await asyncio.sleep(0)
        return f'{self.name}({x})'

    @classmethod
    async def create(cls, name):
        await asyncio.sleep(0)
        return cls(name.upper())

    @staticmethod
    async def helper():
        return 'static helper'

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return f'awaited {self.name}'

async def main():
    svc = await Service.create('api')
    print(await svc.call(1), await svc.call(2), svc.calls)
    print(await Service.helper())
    print(await svc)
    results = await asyncio.gather(*(svc.call(i) for i in range(3)))
    print(results, svc.calls)

asyncio.run(main())
