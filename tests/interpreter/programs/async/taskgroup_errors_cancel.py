# TaskGroup semantics: all children finish; one failure cancels the siblings and
# the errors come out as an ExceptionGroup handled with except*; nested groups;
# cancellation cleanup in finally; results gathered after the block.
import asyncio

log = []


async def ok(name, ticks):
    for _ in range(ticks):
        await asyncio.sleep(0)
    log.append(f"{name} done")
    return name


async def bad(name, ticks, exc):
    for _ in range(ticks):
        await asyncio.sleep(0)
    log.append(f"{name} raising")
    raise exc


async def slow(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} cleanup")


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(ok(f"t{i}", i)) for i in range(3)]
    print([t.result() for t in tasks], log)
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("s1"))
            tg.create_task(bad("b1", 2, ValueError("v")))
            tg.create_task(bad("b2", 2, KeyError("k")))
            tg.create_task(slow("s2"))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])
    print(sorted(log))
    log.clear()
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(ok("o1", 1))

            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(slow("i-slow"))
                    inner.create_task(bad("i-bad", 1, ZeroDivisionError("z")))
            outer.create_task(inner_group())
    except* ZeroDivisionError as eg:
        flat = eg.exceptions
        print("nested:", type(flat[0]).__name__, [type(e).__name__ for e in flat[0].exceptions])
    print(sorted(log))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("x", 1))
            raise OSError("body failed")
    except* OSError as eg:
        print("body error:", eg.exceptions)


asyncio.run(main())
