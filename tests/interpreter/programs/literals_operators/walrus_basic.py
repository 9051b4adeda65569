data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list', n)
total = 0
i = 0
while (i := i + 1) <= 4:
    total += i
print(total, i)
vals = [y for x in data if (y := x * 2) > 6]
print(vals, y)
print((z := 10) + z)

def f():
    if any((hit := v) > 8 for v in data):
        return hit
    return None

print(f())
chunks = iter(['ab', 'cd', ''])
out = []
while chunk := next(chunks):
    out.append(chunk.upper())
print(out)
print([last := k for k in range(3)], last)
a = (b := 5) * 2
print(a, b)
