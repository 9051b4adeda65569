import asyncio

counter = {'runs': 0}

async def job(tag):
    counter['runs'] += 1
    await asyncio.sleep(0)
    return f'{tag}-{counter["runs"]}'

print(asyncio.run(job('first')))
print(asyncio.run(job('second')))

async def nested_run_attempt():
    coro = job('inner')
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    finally:
        coro.close()
    return 'outer ok'

print(asyncio.run(nested_run_attempt()))
try:
    asyncio.run(42)
except ValueError as e:
    print(type(e).__name__, e)
print(asyncio.iscoroutinefunction(job), asyncio.iscoroutinefunction(print))
