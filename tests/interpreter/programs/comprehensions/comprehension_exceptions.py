def safe_int(s):
    try:
        return int(s)
    except ValueError:
        return None

raw = ['1', 'x', '3', '', '42']
print([safe_int(s) for s in raw])
print([v for s in raw if (v := safe_int(s)) is not None])
try:
    print([int(s) for s in raw])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print({k: 1 / k for k in range(-1, 2)})
except ZeroDivisionError as e:
    print(type(e).__name__, e)

def gen_raises():
    yield 1
    raise KeyError('from generator')

try:
    print([x for x in gen_raises()])
except KeyError as e:
    print(type(e).__name__, e)
results = []
for item in [[1, 2], 'ab', 5, None]:
    try:
        results.append([x for x in item])
    except TypeError as e:
        results.append(str(e))
print(results)
