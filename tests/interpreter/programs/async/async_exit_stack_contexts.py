# Async context managers from contextlib: asynccontextmanager generators,
# AsyncExitStack unwinding in reverse order, exceptions suppressed or replaced on
# exit, and callbacks pushed onto the stack.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager, suppress

log = []


@asynccontextmanager
async def resource(name, fail_on_exit=False):
    log.append(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} saw {e!r}")
        raise
    finally:
        await asyncio.sleep(0)
        log.append(f"close {name}")
        if fail_on_exit:
            raise RuntimeError(f"{name} failed to close")


class Suppressor:
    async def __aenter__(self):
        log.append("suppressor in")
        return self

    async def __aexit__(self, typ, exc, tb):
        log.append(f"suppressor out {typ.__name__ if typ else None}")
        return typ is ValueError


async def main():
    async with resource("a") as a, resource("b") as b:
        log.append(f"using {a} {b}")
    print(log)
    log.clear()
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n)) for n in "xyz"]
        stack.callback(log.append, "plain callback")

        async def async_cb(tag):
            log.append(f"async callback {tag}")
        stack.push_async_callback(async_cb, "t")
        log.append(f"got {names}")
    print(log)
    log.clear()
    try:
        async with resource("k"):
            raise KeyError("missing")
    except KeyError:
        log.append("KeyError propagated")
    async with Suppressor():
        raise ValueError("swallowed")
    try:
        async with resource("bad", fail_on_exit=True):
            pass
    except RuntimeError as e:
        log.append(f"RuntimeError: {e}")
    with suppress(ZeroDivisionError):
        1 / 0
    print(log)
    log.clear()
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(resource("outer"))
            await stack.enter_async_context(resource("inner", fail_on_exit=True))
            raise KeyError("body")
    except RuntimeError as e:
        print("replaced:", e, "| context:", repr(e.__context__))
    print(log)


asyncio.run(main())
