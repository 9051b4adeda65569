# Timeouts that do not depend on machine speed: wait_for on a coroutine that
# never finishes, asyncio.timeout contexts (nested, rescheduled), wait with
# FIRST_COMPLETED, and shield protecting an inner task.
import asyncio


async def forever(tag, log):
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        log.append(f"{tag} cancelled")
        raise


async def quick(v):
    await asyncio.sleep(0)
    return v


async def main():
    log = []
    print(await asyncio.wait_for(quick(1), timeout=5))
    try:
        await asyncio.wait_for(forever("w", log), timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", type(e).__name__, isinstance(e, asyncio.TimeoutError), log)
    try:
        async with asyncio.timeout(0.01) as cm:
            await forever("t", log)
    except TimeoutError:
        print("timeout cm expired:", cm.expired(), log)
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when(), await quick(2), cm.expired())
    try:
        async with asyncio.timeout(5):
            async with asyncio.timeout(0.01):
                await forever("inner", log)
    except TimeoutError:
        print("the inner deadline fired; TimeoutError passed the outer timeout")
    except BaseException as e:
        print("other", type(e).__name__)
    else:
        print("no timeout at all")
    print(log)
    t1 = asyncio.create_task(quick("fast"))
    t2 = asyncio.create_task(forever("slow", log))
    done, pending = await asyncio.wait({t1, t2}, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print(log[-1], t2.cancelled())
    inner = asyncio.create_task(quick("shielded"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=5)
    except TimeoutError:
        pass
    print(await inner)
    results = await asyncio.gather(quick(1), asyncio.sleep(0, result="slept"), return_exceptions=True)
    print(results)


asyncio.run(main())
