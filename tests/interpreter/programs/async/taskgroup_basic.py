import asyncio

async def job(n):
    await asyncio.sleep(0.001 * n)
    return n * 10

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(n)) for n in range(4)]
        print('tasks started inside group')
    print('all done:', [t.result() for t in tasks])

    async def fails(msg, delay):
        await asyncio.sleep(delay)
        raise ValueError(msg)

    async def long_running():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print('long_running cancelled by group')
            raise

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long_running())
            tg.create_task(fails('boom', 0.01))
    except* ValueError as eg:
        print('caught group:', [str(e) for e in eg.exceptions])

asyncio.run(main())
