import asyncio

async def main():
    fut = asyncio.Future()  # the sandbox offers no event loop object
    log = []
    fut.add_done_callback(lambda f: log.append(f'callback saw {f.result()}'))
    print(fut.done())
    async def settle():
        fut.set_result('value')
    asyncio.create_task(settle())
    print(await fut, fut.done())
    await asyncio.sleep(0)
    print(log)
    f2 = asyncio.Future()
    f2.set_exception(KeyError('missing'))
    try:
        await f2
    except KeyError as e:
        print('future raised', repr(e))
    f3 = asyncio.Future()
    try:
        f3.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    order = []
    async def later(delay, value):
        await asyncio.sleep(delay)
        order.append(value)
    tasks = [asyncio.create_task(later(0, 1)), asyncio.create_task(later(0, 2)),
             asyncio.create_task(later(0.01, 'later'))]
    await asyncio.sleep(0.03)
    print(order)

asyncio.run(main())
