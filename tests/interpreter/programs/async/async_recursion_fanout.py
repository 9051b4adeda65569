import asyncio

async def fib(n):
    if n < 2:
        return n
    a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
    return a + b

async def crawl(node, graph, seen, depth=0):
    if node in seen:
        return []
    seen.add(node)
    await asyncio.sleep(0)
    found = [(depth, node)]
    results = await asyncio.gather(*(crawl(n, graph, seen, depth + 1) for n in graph.get(node, [])))
    for r in results:
        found.extend(r)
    return found

async def main():
    print([await fib(i) for i in range(10)])
    graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['a'], 'e': []}
    result = await crawl('a', graph, set())
    print(result)
    print(sorted(result, key=lambda p: (p[0], p[1])))

asyncio.run(main())
