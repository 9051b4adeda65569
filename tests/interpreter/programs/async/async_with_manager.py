import asyncio

class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0)
        print('open', self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print('close', self.name, et.__name__ if et else None)
        return et is KeyError

async def main():
    async with Conn('db') as c, Conn('cache') as d:
        print('using', c.name, d.name)
    async with Conn('suppressing'):
        raise KeyError('ignored')
    print('after suppressed')
    try:
        async with Conn('propagating'):
            raise ValueError('real')
    except ValueError as e:
        print('caught', e)
    try:
        async with 5:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

asyncio.run(main())
