import asyncio

class FetchError(Exception):
    pass

async def fetch(url):
    await asyncio.sleep(0)
    if 'bad' in url:
        raise ConnectionError(f'cannot reach {url}')
    return f'data from {url}'

async def fetch_wrapped(url):
    try:
        return await fetch(url)
    except ConnectionError as e:
        raise FetchError(f'wrapped: {url}') from e

async def main():
    for url in ['good.com', 'bad.com']:
        try:
            print(await fetch_wrapped(url))
        except FetchError as e:
            print(type(e).__name__, e, '| cause:', repr(e.__cause__))
    try:
        try:
            await fetch('bad.org')
        finally:
            print('finally in coroutine')
    except ConnectionError as e:
        print('propagated', e)
    task = asyncio.create_task(fetch('bad.net'))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('task done:', task.done(), repr(task.exception()))

asyncio.run(main())
