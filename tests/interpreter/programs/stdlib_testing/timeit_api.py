import timeit

calls = []


def work():
    calls.append(1)


t = timeit.timeit(work, number=7)
print(type(t).__name__, t >= 0, len(calls))
calls.clear()
print(len(timeit.repeat("work()", globals=globals(), repeat=3, number=4)), len(calls))
timer = timeit.Timer("x = y * 2", setup="y = 21")
print(type(timer.timeit(number=10)).__name__)
print(timer.repeat(repeat=2, number=5).__len__())
counter = iter(range(100))
fake = timeit.Timer("pass", timer=lambda: next(counter))
print(fake.timeit(number=3), fake.repeat(repeat=2, number=1))
seen = []
n, elapsed = timeit.Timer("pass", timer=lambda: next(counter)).autorange(
    callback=lambda number, taken: seen.append(number))
print(seen[:3], n >= 1)
try:
    timeit.Timer("undefined_name").timeit(number=1)
except NameError as e:
    print("NameError:", e)
try:
    timeit.Timer("return 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError:", e)
print(timeit.default_number, timeit.default_repeat, callable(timeit.default_timer))
src = "total = 0\nfor i in range(10):\n    total += i"
print(type(timeit.timeit(src, number=3)).__name__)
