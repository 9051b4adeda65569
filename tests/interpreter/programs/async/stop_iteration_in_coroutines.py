# StopIteration escaping coroutine code becomes RuntimeError (PEP 479), awaited directly, as a
# task, and from async generators (StopIteration and StopAsyncIteration).
import asyncio
async def inner():
    raise StopIteration("x")
async def main():
    try:
        await inner()
    except RuntimeError as e:
        print("RuntimeError:", e)
    except StopIteration:
        print("StopIteration leaked")
    t = asyncio.ensure_future(inner())
    try:
        await t
    except RuntimeError as e:
        print("task RuntimeError:", e)
    print("end")
asyncio.run(main())

import asyncio
async def raises_stop(kind):
    yield 1
    if kind == "sync":
        raise StopIteration("inner")
    raise StopAsyncIteration("inner")
async def more():
    for kind in ("sync", "async"):
        g = raises_stop(kind)
        try:
            async for x in g:
                print("item", x)
        except RuntimeError as e:
            print("RuntimeError:", e, type(e.__cause__).__name__)
asyncio.run(more())
