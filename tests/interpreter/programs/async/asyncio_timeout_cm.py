import asyncio

async def main():
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(5)
            print('not reached')
    except TimeoutError:
        print('timeout context expired')
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
        print('finished within timeout')
    async with asyncio.timeout(None) as cm:
        print('no deadline:', cm.when())
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print('inner saw CancelledError')
                raise
    except TimeoutError:
        print('outer TimeoutError, expired:', cm.expired())

asyncio.run(main())
