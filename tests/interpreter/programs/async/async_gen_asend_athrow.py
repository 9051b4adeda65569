import asyncio

async def echo():
    received = None
    try:
        while True:
            try:
                received = yield f'echo:{received}'
            except ValueError as e:
                received = f'handled {e}'
    finally:
        print('echo cleanup')

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend('a'))
    print(await g.asend('b'))
    print(await g.athrow(ValueError('oops')))
    await g.aclose()
    try:
        await g.asend('late')
    except StopAsyncIteration:
        print('closed generator raises StopAsyncIteration')

    async def simple():
        yield 1
    s = simple()
    await anext(s)
    try:
        await s.athrow(KeyError('k'))
    except KeyError as e:
        print('athrow propagated', repr(e))

asyncio.run(main())
