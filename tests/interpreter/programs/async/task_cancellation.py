import asyncio

async def long_job(log):
    try:
        log.append('job started')
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append('job got CancelledError')
        raise
    finally:
        log.append('job finally')

async def main():
    log = []
    task = asyncio.create_task(long_job(log))
    await asyncio.sleep(0)
    print(task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        log.append('main saw cancellation')
    print(log)
    print(task.cancelled(), task.done())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

    async def quick():
        return 1
    t = asyncio.create_task(quick())
    await t
    print('cancel finished task:', t.cancel(), t.cancelled())

asyncio.run(main())
