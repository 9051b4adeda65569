import asyncio

async def producer(q, items):
    for it in items:
        await q.put(it)
        print('produced', it)
    await q.put(None)

async def consumer(q, out):
    while True:
        it = await q.get()
        if it is None:
            q.task_done()
            break
        out.append(it * 10)
        print('consumed', it)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, [1, 2, 3, 4]), consumer(q, out))
    await q.join()
    print(out, q.empty(), q.qsize())
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        pq.put_nowait(item)
    print([(await pq.get())[1] for _ in range(3)])

asyncio.run(main())
