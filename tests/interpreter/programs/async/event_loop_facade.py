# What sandbox code may do with the running event loop: read its clock, make
# futures and tasks, schedule callbacks with call_soon / call_later / call_at,
# and ask whether it is running.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), asyncio.get_event_loop() is loop)
    start = loop.time()
    order = []
    fut = loop.create_future()
    loop.call_soon(order.append, "soon-1")
    loop.call_soon(lambda: order.append("soon-2"))
    loop.call_later(0.02, fut.set_result, "later")
    handle = loop.call_later(0.01, order.append, "cancelled one")
    handle.cancel()
    loop.call_at(start + 0.005, order.append, "at")
    print(await fut, order, handle.cancelled())
    print(loop.time() - start >= 0.02)

    async def job(x):
        await asyncio.sleep(0)
        return x * 2
    task = loop.create_task(job(21))
    print(await task, task.done())
    f2 = loop.create_future()
    loop.call_soon(f2.set_exception, ValueError("from callback"))
    try:
        await f2
    except ValueError as e:
        print("ValueError:", e)
    f3 = loop.create_future()
    f3.add_done_callback(lambda f: order.append(("done", f.result())))
    f3.set_result(3)
    await asyncio.sleep(0)
    print(order[-1])


asyncio.run(main())
