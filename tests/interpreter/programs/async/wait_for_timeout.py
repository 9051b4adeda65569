import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
        return 'finished'
    except asyncio.CancelledError:
        print('slow was cancelled')
        raise

async def quick():
    await asyncio.sleep(0)
    return 'quick result'

async def main():
    print(await asyncio.wait_for(quick(), timeout=1))
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError as e:
        print('timed out', type(e).__name__, e is not None)
    print(asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow(), timeout=0)
    except TimeoutError:
        print('zero timeout also times out')

asyncio.run(main())
