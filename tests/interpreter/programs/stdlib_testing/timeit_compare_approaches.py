import timeit

setup = "data = list(range(200))"
approaches = {
    "loop": "out = []\nfor x in data:\n    out.append(x * 2)",
    "comprehension": "out = [x * 2 for x in data]",
    "map": "out = list(map(lambda x: x * 2, data))",
}
results = {}
for name, stmt in approaches.items():
    times = timeit.repeat(stmt, setup=setup, repeat=3, number=20)
    results[name] = min(times)
    print(name, len(times), all(t > 0 for t in times))
print(sorted(results) == ["comprehension", "loop", "map"])
t = timeit.Timer("sum(data)", setup=setup)
number, total = t.autorange()
print(number > 0, total > 0)
